export * from './locales.ts';
export * from './translator.ts';
export * from './messages/plan.ts';
