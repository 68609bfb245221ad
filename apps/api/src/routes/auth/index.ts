import fastifyOauth2, { type OAuth2Namespace } from '@fastify/oauth2';
import type { OAuthProviderName } from '@statex/config';
import { LOCALES, type Locale } from '@statex/core';
import type { Runtime } from '@statex/pipeline';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import { Errors } from '../../errors.ts';
import { currentAccount, signIn } from '../../plugins/current-account.ts';
import { ErrorBody } from '../../schemas.ts';
import { fetchProfile, OAUTH_SCOPES } from './oauth-providers.ts';

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));
const TokenQuery = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
export const AccountView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  role: Type.String(),
  privacy: Type.String(),
});

/**
 * Sign-in: email magic links (one-time, hashed, short-lived) and OAuth with each provider whose
 * settings are present (@fastify/oauth2 does the authorization-code dance with state and PKCE).
 * Every sign-in rotates the session id.
 */
export async function authRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  const { access } = runtime.config;
  const { accounts } = app;

  app.post(
    '/api/auth/magic-link',
    {
      config: { rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Email me a sign-in link (always 202, whether or not an account exists)',
        body: Type.Object(
          {
            email: Type.String({ format: 'email', maxLength: 320 }),
            // The page's language: the email is written in it and the link lands back on that page's locale.
            locale: Type.Optional(Type.Union(LOCALES.map((l) => Type.Literal(l)))),
          },
          { additionalProperties: false },
        ),
        response: { 202: Type.Object({ sent: Type.Boolean() }), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      const { email, locale = 'en' } = request.body as { email: string; locale?: Locale };
      // Mailed or not, the answer is the same: it must not tell whether the address has an account.
      await accounts.emailSignInLink(email, locale, request.log);
      return reply.code(202).send({ sent: true });
    },
  );

  app.get(
    '/api/auth/magic-link/verify',
    {
      schema: {
        tags: ['auth'],
        summary: 'Open a sign-in link: signs in and redirects to the portal in the language it was asked from',
        querystring: Type.Object({ ...TokenQuery.properties, locale: Type.Optional(Type.Union(LOCALES.map((l) => Type.Literal(l)))) }),
        response: { 303: Type.Null(), ...errors(400) },
      },
    },
    async (request, reply) => {
      const { token, locale } = request.query as { token: string; locale?: Locale };
      const account = await accounts.signInWithLink(token);
      if (!account) throw new Errors.LINK_INVALID();
      await signIn(request, account);
      return reply.redirect(locale ? `/${locale}/portal` : '/', 303);
    },
  );

  app.get(
    '/api/auth/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Open the link that confirms the email of a submission: generation starts',
        querystring: TokenQuery,
        response: { 200: Type.Object({ id: Type.String(), status: Type.Literal('confirmed') }), ...errors(400, 429) },
      },
    },
    async (request, reply) => {
      const { token } = request.query as { token: string };
      const result = await accounts.confirmSubmission(token);
      if (!result.ok) {
        if (result.reason === 'invalid') throw new Errors.LINK_INVALID();
        reply.header('retry-after', String(Math.max(1, Math.ceil((result.retryAt.getTime() - Date.now()) / 1000))));
        throw new Errors.QUOTA_EXCEEDED(`You have reached the limit of free prototypes for ${result.label}. The link works again after ${result.retryAt.toISOString()}.`);
      }
      return { id: result.requestId, status: 'confirmed' as const };
    },
  );

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'Who is signed in (account or null) and the enabled providers', response: { 200: Type.Object({ account: Type.Union([AccountView, Type.Null()]), providers: Type.Array(Type.String()) }) } } },
    async (request) => {
      const account = await currentAccount(request);
      return { account: account ? view(account) : null, providers: Object.keys(access.oauth) };
    },
  );

  app.get(
    '/api/auth/csrf',
    { schema: { tags: ['auth'], summary: 'A CSRF token: send it as X-CSRF-Token with every write made with the session cookie', response: { 200: Type.Object({ token: Type.String() }) } } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'Ends this session (X-CSRF-Token required)', response: { 204: Type.Null(), ...errors(403) } } },
    async (request, reply) => {
      await request.session.destroy();
      return reply.code(204).send();
    },
  );

  for (const [name, provider] of Object.entries(access.oauth) as [OAuthProviderName, NonNullable<(typeof access.oauth)[OAuthProviderName]>][]) {
    const authorize = new URL(provider.authorizeUrl);
    const tokenUrl = new URL(provider.tokenUrl);
    const namespace = `oauth_${name}`;
    await app.register(fastifyOauth2, {
      name: namespace,
      scope: OAUTH_SCOPES[name],
      credentials: {
        client: { id: provider.clientId, secret: provider.clientSecret },
        auth: { authorizeHost: authorize.origin, authorizePath: authorize.pathname, tokenHost: tokenUrl.origin, tokenPath: tokenUrl.pathname },
        options: { authorizationMethod: 'body' },
      },
      startRedirectPath: `/api/auth/oauth/${name}`,
      callbackUri: `${runtime.config.publicUrl}/api/auth/oauth/${name}/callback`,
      pkce: 'S256',
      cookie: { secure: access.secureCookies, sameSite: 'lax', httpOnly: true, path: '/' },
      tags: ['auth'],
    });
    app.get(
      `/api/auth/oauth/${name}/callback`,
      {
        schema: {
          tags: ['auth'],
          summary: `Return from ${name}: signs in (account of the verified email) and redirects to /`,
          querystring: Type.Object({ code: Type.Optional(Type.String({ maxLength: 2000 })), state: Type.Optional(Type.String({ maxLength: 500 })), error: Type.Optional(Type.String({ maxLength: 500 })) }),
          response: { 303: Type.Null(), ...errors(400) },
        },
      },
      async (request, reply) => {
        const oauth = (app as unknown as Record<string, OAuth2Namespace>)[namespace]!;
        let profile: Awaited<ReturnType<typeof fetchProfile>>;
        try {
          const { token } = await oauth.getAccessTokenFromAuthorizationCodeFlow(request, reply);
          profile = await fetchProfile(name, provider, token.access_token);
        } catch (error) {
          request.log.warn({ err: error, provider: name }, 'oauth sign-in failed');
          throw new Errors.OAUTH_FAILED(name, (error as Error).message === 'Invalid state' ? 'the sign-in took too long or was started elsewhere' : 'the provider did not confirm who you are');
        }
        const account = await accounts.forProviderIdentity(name, profile);
        await signIn(request, account);
        return reply.redirect('/', 303);
      },
    );
  }
}

export const view = (account: { id: string; email: string; name: string | null; role: string; privacy: string }) => ({
  id: account.id,
  email: account.email,
  name: account.name,
  role: account.role,
  privacy: account.privacy,
});
