export * from './locales.ts';
export * from './translator.ts';
export * from './messages/plan.ts';
export * from './messages/stages.ts';
export * from './messages/notices.ts';
export * from './messages/email.ts';
export * from './messages/pages.ts';
export * from './messages/site.ts';
