import type { Runtime } from '@statex/pipeline';
import { createServices, type AbEventService, type AccountService, type AdminRequestService, type PrototypeSiteService } from '@statex/services';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Accounts, sign-in links, OAuth identities, consent, export and erasure. */
    accounts: AccountService;
    /** AB test events and results. */
    abEvents: AbEventService;
    /** The operator's view and control of requests, the queue, the audit log. */
    adminRequests: AdminRequestService;
    /** Which version of a prototype site is live. */
    prototypeSites: PrototypeSiteService;
  }
}

/**
 * The services routes call, decorated on the root instance (not encapsulated) so every route
 * reaches them as `app.accounts`, `request.server.adminRequests`…; the SQL lives in them, never in
 * a route. Closed with the app.
 */
export const servicesPlugin = fp(
  async (app: FastifyInstance, { runtime }: { runtime: Runtime }) => {
    const services = await createServices(runtime.pipeline);
    app.decorate('accounts', services.accounts);
    app.decorate('abEvents', services.abEvents);
    app.decorate('adminRequests', services.adminRequests);
    app.decorate('prototypeSites', services.prototypeSites);
    app.addHook('onClose', async () => services.close());
  },
  { name: 'statex-services', fastify: '5.x' },
);
