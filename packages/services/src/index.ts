export { createServices, type StatexServices } from './statex-services.ts';
export { AccountService, type ConsentRecordRow, type OwnedRequest, type ProviderProfile } from './accounts/account-service.ts';
export { databaseSessionStore, redisSessionStore, type SessionStore } from './accounts/session-stores.ts';
export { AbEventService, type AbEvent, type AbEventKind, type VariantCounts } from './ab-events/ab-event-service.ts';
export { AdminRequestService, type AdminRequestView, type AuditLogFilter, type RefusedChange, type RequestFilter } from './admin/admin-request-service.ts';
export { PrototypeSiteService, type SiteState } from './prototype-sites/prototype-site-service.ts';
export { isDependencyUnavailable } from './dependency-unavailable.ts';
