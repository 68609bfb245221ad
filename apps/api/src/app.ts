import { MAX_FILES, MAX_UPLOAD_BYTES, requestIdFromHost } from '@statex/core';
import fastifyMultipart from '@fastify/multipart';
import fastifySseModule, { type SSEPluginOptions } from '@fastify/sse';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import { ERROR_CODES } from './errors.ts';
import { installErrorHandler } from './plugins/error-handler.ts';
import { securityPlugin } from './plugins/security.ts';
import { servicesPlugin } from './plugins/services.ts';
import { accessRoutes } from './routes/access-routes.ts';
import { healthRoutes } from './routes/health.ts';
import { adminOpsRoutes } from './routes/admin-ops.ts';
import { abEventRoutes } from './routes/ab-events.ts';
import { homeRoute } from './routes/home.ts';
import { prototypeHosting } from './routes/prototype-hosting.ts';
import { requestRoutes } from './routes/requests.ts';
import { questionRoutes } from './routes/questions.ts';
import type { Runtime } from '@statex/pipeline';
import { ErrorBody } from './schemas.ts';

// At run time the default import is the fastify-plugin wrapped export; its typings describe the namespace.
const fastifySse = fastifySseModule as unknown as FastifyPluginAsync<SSEPluginOptions>;

/**
 * Builds the HTTP application on a runtime, without listening (tests use `inject`).
 * Order: external plugins → error handling → routes.
 */
export async function buildApp(runtime: Runtime): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: runtime.log as FastifyBaseLogger,
    // One line per request is noise at info level; debug and trace show them.
    logController: new LogController({ disableRequestLogging: runtime.config.logLevel !== 'debug' && runtime.config.logLevel !== 'trace' }),
    // X-Forwarded-For is believed only from TRUSTED_PROXIES; otherwise request.ip is the direct peer.
    trustProxy: runtime.config.access.trustedProxies.length > 0 ? runtime.config.access.trustedProxies : false,
    bodyLimit: 1024 * 1024,
    requestTimeout: 120_000,
    // A prototype's own host serves only that prototype: route it as its path form before routing.
    rewriteUrl: (req) => {
      const id = requestIdFromHost(req.headers.host, runtime.config.prototype.domain);
      return id ? `/p/${id}${req.url ?? '/'}` : (req.url ?? '/');
    },
    ajv: { customOptions: { removeAdditional: true, allErrors: false, coerceTypes: 'array' } },
  });

  // First, so rate limits and security headers cover every route registered after, /docs included.
  await app.register(securityPlugin, { runtime });
  // The services routes call (app.accounts, app.adminRequests…), before any route.
  await app.register(servicesPlugin, { runtime });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Statex API',
        version: '1.0.0',
        description: `A brief becomes terms of reference, a realization plan and a live prototype. Errors are {error: {code, message}}; codes: ${ERROR_CODES.join(', ')}.`,
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'statex_session' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.addSchema(ErrorBody);
  await app.register(fastifyMultipart, {
    // preservePath: keep the name as sent, so a name with a path in it is refused rather than silently cut.
    preservePath: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES + 2, fields: 20, fieldSize: 100_000, parts: MAX_FILES + 22, headerPairs: 200 },
  });
  await app.register(fastifySse, { heartbeatInterval: 15_000 });
  await app.register(fastifyStatic, { root: runtime.pipeline.paths.root, serve: false, dotfiles: 'deny', index: false });

  installErrorHandler(app);
  const { httpRequests, httpDuration } = runtime.pipeline.metrics;
  app.addHook('onResponse', async (request, reply) => {
    // The route template, not the URL, so ids do not explode the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    httpRequests.inc(labels);
    httpDuration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { runtime });
  await app.register(adminOpsRoutes, { runtime });
  await app.register(requestRoutes, { runtime });
  await app.register(questionRoutes, { runtime });
  await app.register(accessRoutes, { runtime });
  await app.register(abEventRoutes, { runtime });
  await app.register(prototypeHosting);
  await app.register(homeRoute, { runtime });
  return app;
}
