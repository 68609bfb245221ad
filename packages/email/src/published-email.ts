import { businessValues, emailTranslator, formatWhen, renderEmail, type Recipient, type RenderedEmail } from './email-layout.ts';

export interface PublishedEmailInput extends Recipient {
  prototypeUrl: string;
  requirementCount: number;
  expiresAt: Date;
  /** Whether the one modification may still be asked for. */
  modificationAvailable: boolean;
}

/** Version 1 is live: what was built, the prototype, the status page, the modification and the deletion date. */
export function publishedEmail(input: PublishedEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  const business = businessValues(input);
  const subject = t('publishedSubject', business);
  return renderEmail(input, {
    subject,
    preview: t('publishedIntro', { ...business, count: input.requirementCount }),
    blocks: [
      { kind: 'heading', text: t('publishedHeading') },
      { kind: 'paragraph', text: t('publishedIntro', { ...business, count: input.requirementCount }) },
      { kind: 'button', label: t('prototypeButton'), url: input.prototypeUrl },
      ...(input.modificationAvailable ? [{ kind: 'paragraph' as const, text: t('publishedModify') }] : []),
      { kind: 'paragraph', text: t('deletedOn', { when: formatWhen(t.locale, input.expiresAt) }) },
    ],
  });
}
