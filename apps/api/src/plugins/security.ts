import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession, { type FastifySessionOptions } from '@fastify/session';
import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { Errors } from '../errors.ts';
import { bearerAuthorises } from './bearer-authority.ts';
import { helmetHeaders } from './helmet-headers.ts';
import { databaseSessionStore, redisSessionStore, type SessionStore } from '@statex/services';

declare module 'fastify' {
  interface Session {
    accountId?: string;
    signedInAt?: number;
  }
  interface FastifyInstance {
    sessionStore: SessionStore;
  }
  interface FastifyContextConfig {
    /** false: this write needs no CSRF token even from a signed-in browser (it authorises nothing). */
    csrf?: boolean;
  }
}

export const SESSION_COOKIE = 'statex_session';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);


/**
 * Abuse protection and browser security, registered before every route: security headers,
 * CORS allow-list, a rate limit on every route (and the 404 handler; Redis-backed in services
 * mode, so all API processes share it), cookies and sessions (Redis | database), and CSRF
 * protection of writes that a session cookie authorises.
 */
async function security(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const { access } = runtime.config;
  // Prototype pages and notices set their own, stricter CSP per response; this one covers the API and /docs.
  // Helmet's headers do not depend on the request, so they are computed once here and copied onto
  // every reply (@fastify/helmet rebuilds helmet's middleware on every request: about a tenth of
  // the CPU of a cached status read, measured with bench/api-status-vs-bare-fastify.ts).
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"] },
    },
    hsts: access.secureCookies,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  await app.register(fastifyCors, { origin: access.corsOrigins.length > 0 ? access.corsOrigins : false, credentials: true });
  const redis = runtime.config.redisUrl ? new Redis(runtime.config.redisUrl, { enableOfflineQueue: true, maxRetriesPerRequest: 2, lazyConnect: false }) : null;
  redis?.on('error', (error) => runtime.log.warn({ err: error }, 'redis (rate limits, sessions) unreachable'));
  app.addHook('onClose', async () => {
    redis?.disconnect();
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: access.rateLimit.max,
    timeWindow: access.rateLimit.windowMs,
    ...(redis ? { redis, nameSpace: `${runtime.config.queuePrefix}:rate-limit:` } : {}),
    // With Redis unreachable, let requests through rather than take the API down with it.
    skipOnError: true,
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) => {
      const error = new Errors.RATE_LIMITED(Math.ceil(context.ttl / 1000));
      return Object.assign(error, { statusCode: context.statusCode });
    },
  });
  await app.register(fastifyCookie);
  const store = redis ? redisSessionStore(redis, runtime.config.queuePrefix, access.sessionTtlMs) : databaseSessionStore(runtime.database.db, access.sessionTtlMs);
  app.decorate('sessionStore', store);
  await app.register(fastifySession, {
    secret: access.sessionSecret,
    cookieName: SESSION_COOKIE,
    // Our stores keep sessions as plain JSON; @fastify/session restores its Session from it.
    store: store as unknown as FastifySessionOptions['store'],
    saveUninitialized: false,
    // Absolute expiry: a session ends SESSION_TTL after sign-in, however busy it is.
    rolling: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: access.secureCookies, maxAge: access.sessionTtlMs, path: '/' },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session', getToken: (request) => request.headers['x-csrf-token'] as string | undefined });
  // A write from a signed-in browser needs the CSRF token unless a valid bearer token is what
  // authorises it (a bogus Authorization header next to the cookie changes nothing), or the route
  // opts out (`config.csrf: false`: writes that carry no authority, like AB events sent by beacon).
  // A refusal is sent by the plugin as FST_CSRF_* errors; the error handler answers STX_CSRF_REJECTED.
  // Callback style: on a refusal the plugin sends the reply itself and never calls `done`.
  app.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (!UNSAFE.has(request.method) || typeof request.session?.accountId !== 'string') return done();
    if (request.routeOptions.config.csrf === false) return done();
    bearerAuthorises(runtime, request).then(
      (authorised) => (authorised ? done() : app.csrfProtection(request, reply, done)),
      (error: Error) => done(error),
    );
  });
}

export const securityPlugin = fp(security, { name: 'statex-security', fastify: '5.x' });
