import type { PipelineContext } from '@statex/pipeline';
import { AbEventService } from './ab-events/ab-event-service.ts';
import { AccountService } from './accounts/account-service.ts';
import { AdminRequestService } from './admin/admin-request-service.ts';
import { PrototypeSiteService } from './prototype-sites/prototype-site-service.ts';

/** The services the HTTP API calls, each the owner of its tables. */
export interface StatexServices {
  accounts: AccountService;
  abEvents: AbEventService;
  adminRequests: AdminRequestService;
  prototypeSites: PrototypeSiteService;
  close(): Promise<void>;
}

/** Builds the services on a process's pipeline context; what listens (the site cache) is started before it returns. */
export async function createServices(ctx: PipelineContext): Promise<StatexServices> {
  const prototypeSites = new PrototypeSiteService(ctx);
  await prototypeSites.start();
  return {
    accounts: new AccountService(ctx),
    abEvents: new AbEventService(ctx.db),
    adminRequests: new AdminRequestService(ctx),
    prototypeSites,
    close: () => prototypeSites.close(),
  };
}
