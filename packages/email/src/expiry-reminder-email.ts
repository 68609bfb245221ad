import { businessValues, emailTranslator, formatWhen, renderEmail, type Recipient, type RenderedEmail } from './email-layout.ts';

export interface ExpiryReminderEmailInput extends Recipient {
  prototypeUrl: string;
  expiresAt: Date;
  /** Whether the one modification may still be asked for. */
  modificationAvailable: boolean;
}

/** Sent once, shortly before the prototype and everything with it is deleted. */
export function expiryReminderEmail(input: ExpiryReminderEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  const business = businessValues(input);
  const when = formatWhen(t.locale, input.expiresAt);
  return renderEmail(input, {
    subject: t('reminderSubject', { ...business, when }),
    preview: t('reminderSave'),
    blocks: [
      { kind: 'heading', text: t('reminderHeading') },
      { kind: 'paragraph', text: t('reminderIntro', { ...business, when }) },
      { kind: 'paragraph', text: t('reminderSave') },
      { kind: 'button', label: t('prototypeButton'), url: input.prototypeUrl },
      ...(input.modificationAvailable ? [{ kind: 'paragraph' as const, text: t('reminderModify') }] : []),
    ],
  });
}
