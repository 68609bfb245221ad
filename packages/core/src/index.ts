export * from './limits.ts';
export * from './deliverables.ts';
export * from './lifecycle.ts';
export * from './quota-policy.ts';
export * from './modification-policy.ts';
export * from './request-identity.ts';
