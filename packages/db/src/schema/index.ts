export * from './requests.ts';
export * from './request-files.ts';
export * from './request-events.ts';
export * from './documents.ts';
export * from './quota-ledger.ts';
export * from './notifications.ts';
