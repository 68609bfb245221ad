import { emailTranslator, formatWhen, renderEmail, type RenderedEmail } from './email-layout.ts';

export interface ConfirmRequestEmailInput {
  locale: string;
  /** The one-time link that confirms the address and starts the request. */
  confirmUrl: string;
  expiresAt: Date;
}

/** Asks the sender of an anonymous submission to confirm the address before anything is built. */
export function confirmRequestEmail(input: ConfirmRequestEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  return renderEmail(
    { locale: input.locale },
    {
      subject: t('confirmSubject'),
      preview: t('confirmIntro'),
      blocks: [
        { kind: 'heading', text: t('confirmHeading') },
        { kind: 'paragraph', text: t('confirmIntro') },
        { kind: 'button', label: t('confirmButton'), url: input.confirmUrl },
        { kind: 'paragraph', text: t('confirmExpiry', { when: formatWhen(t.locale, input.expiresAt) }) },
      ],
    },
  );
}
