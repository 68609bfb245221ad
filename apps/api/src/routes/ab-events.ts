import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { requireAdmin } from '../plugins/require-admin.ts';
import { ErrorBody } from '../schemas.ts';
import { verifiedVariant } from './ab-assignment.ts';
import { AB_COOKIE, readCookies, VISITOR_COOKIE } from './web-app.ts';

const Experiment = Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' });

/**
 * AB test events from the web app (the variant and visitor come from the signed cookies the web app
 * set, never from the body) and the results per variant for the admin view (an admin's session or the
 * OPS_ADMIN_TOKEN, like every /api/admin route).
 */
export async function abEventRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const { abEvents } = app;
  const abSecret = runtime.config.access.sessionSecret;
  app.post(
    '/api/ab/events',
    {
      // Sent by navigator.sendBeacon, which cannot carry a CSRF header; an event authorises nothing
      // and is bound to the signed cookies, so a signed-in visitor's beacon must not meet a 403.
      config: { csrf: false },
      schema: {
        tags: ['web'],
        summary: 'Record an AB exposure or conversion for the visitor in the cookies',
        body: Type.Object({ experiment: Experiment, kind: Type.Union([Type.Literal('exposure'), Type.Literal('conversion')]) }),
        response: { 204: Type.Null(), 400: ErrorBody },
      },
    },
    async (request, reply) => {
      const { experiment, kind } = request.body as { experiment: string; kind: 'exposure' | 'conversion' };
      const cookies = readCookies(request.headers.cookie);
      const visitorId = cookies[VISITOR_COOKIE];
      // Only the variant the server assigned (signed for this visitor) counts; a forged or missing
      // assignment is accepted and not stored, so a forger learns nothing. The unique index keeps
      // one exposure and one conversion per visitor and experiment.
      const variant = visitorId && /^[0-9a-f]{32}$/.test(visitorId) ? verifiedVariant(abSecret, experiment, cookies[AB_COOKIE], visitorId) : null;
      if (variant) await abEvents.record({ experiment, variant, visitorId: visitorId as string, kind });
      return reply.code(204).send();
    },
  );

  const Counts = Type.Object({ variant: Type.String(), exposures: Type.Integer(), conversions: Type.Integer() });
  app.get(
    '/api/admin/ab/:experiment',
    {
      preHandler: requireAdmin(runtime),
      schema: {
        tags: ['admin'],
        summary: 'Distinct visitors exposed and converted, per variant',
        security: [{ bearer: [] }, { session: [] }],
        params: Type.Object({ experiment: Experiment }),
        response: { 200: Type.Object({ experiment: Type.String(), variants: Type.Array(Counts) }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const { experiment } = request.params as { experiment: string };
      return { experiment, variants: await abEvents.results(experiment) };
    },
  );
}
