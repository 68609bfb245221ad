export { renderEmail, formatWhen, isolate, type EmailBlock, type EmailDraft, type Recipient, type RenderedEmail } from './email-layout.ts';
export { publishedEmail, type PublishedEmailInput } from './published-email.ts';
export { modificationPublishedEmail, type ModificationPublishedEmailInput } from './modification-published-email.ts';
export { failedEmail, type FailedEmailInput } from './failed-email.ts';
export { expiryReminderEmail, type ExpiryReminderEmailInput } from './expiry-reminder-email.ts';
export { orderPageUrl, statusPageUrl } from './status-page-link.ts';
export { confirmRequestEmail, type ConfirmRequestEmailInput } from './confirm-request-email.ts';
export { questionsEmail, type QuestionsEmailInput } from './questions-email.ts';
