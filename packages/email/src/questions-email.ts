import { emailTranslator, formatWhen, isolate, renderEmail, type Recipient, type RenderedEmail } from './email-layout.ts';

export interface QuestionsEmailInput extends Recipient {
  /** The status page, where the questions are answered (required: it is the point of the email). */
  statusUrl: string;
  /** The questions, in the request's language, with a suggested answer where one was inferred. */
  questions: { id: string; text: string; suggestion: string | null }[];
  /** Until when answers are taken; then the prototype is built with stated assumptions. */
  answerBy: Date;
}

/**
 * The brief interview: what the brief leaves open, as numbered questions, the deadline, and the link
 * to the status page where they are answered (or skipped). The status-page hint of other emails is
 * left out: the button here is the one thing to do.
 */
export function questionsEmail(input: QuestionsEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  const count = input.questions.length;
  const { statusUrl, ...recipient } = input;
  return renderEmail(recipient, {
    subject: t('questionsSubject', { count }),
    preview: input.questions[0]?.text ?? t('questionsHeading'),
    blocks: [
      { kind: 'heading', text: t('questionsHeading') },
      { kind: 'paragraph', text: t('questionsIntro', { count }) },
      {
        kind: 'list',
        title: t('questionsListTitle'),
        items: input.questions.map((q, i) => ({
          label: `${i + 1}.`,
          text: q.text,
          ...(q.suggestion ? { note: t('questionsSuggestion', { suggestion: isolate(t.locale, q.suggestion) }) } : {}),
        })),
      },
      { kind: 'paragraph', text: t('questionsDeadline', { when: formatWhen(t.locale, input.answerBy) }) },
      { kind: 'button', label: t('questionsButton'), url: statusUrl },
    ],
  });
}
