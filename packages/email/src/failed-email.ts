import { emailTranslator, renderEmail, type Recipient, type RenderedEmail } from './email-layout.ts';

export interface FailedEmailInput extends Recipient {
  /** Why, in the customer's language (a fragment from the stage catalogue). */
  reason: string;
  /** The modification failed: version 1 stays published and the change may be asked again. */
  modification: boolean;
  /** The request's quota was given back (a failure of ours); not when the input caused it. */
  quotaRefunded: boolean;
  /** Where to send a brief again (the order page in the customer's language). */
  orderUrl: string;
}

/** The request (or its modification) failed: why, and what the customer can do now. */
export function failedEmail(input: FailedEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  // A failed modification may be asked for again; a failed first request has nothing to modify.
  const recipient = { ...input, modificationAvailable: input.modification };
  const reason = t('failedReason', { reason: input.reason });
  if (input.modification) {
    return renderEmail(recipient, {
      subject: t('modificationFailedSubject'),
      preview: reason,
      blocks: [
        { kind: 'heading', text: t('modificationFailedHeading') },
        { kind: 'paragraph', text: reason },
        { kind: 'paragraph', text: t('modificationFailedBody') },
      ],
    });
  }
  return renderEmail(recipient, {
    subject: t('failedSubject'),
    preview: reason,
    blocks: [
      { kind: 'heading', text: t('failedHeading') },
      { kind: 'paragraph', text: reason },
      ...(input.quotaRefunded ? [{ kind: 'paragraph' as const, text: t('failedRefund') }] : []),
      { kind: 'button', label: t('failedAgainButton'), url: input.orderUrl },
    ],
  });
}
