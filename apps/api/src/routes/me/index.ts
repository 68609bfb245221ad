import { readFile } from 'node:fs/promises';
import { PRIVACY_MODES, type PrivacyMode } from '@statex/core';
import { CONSENT_TEXTS, CONSENT_TEXT_VERSION, PRIVACY_EXPLANATION } from '@statex/pipeline';
import type { ConsentRecordRow } from '@statex/services';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import Type from 'typebox';
import { requireAccount } from '../../plugins/current-account.ts';
import { ErrorBody } from '../../schemas.ts';
import { AccountView, view } from '../auth/index.ts';

const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));
const Choice = Type.Enum([...PRIVACY_MODES]);
const ConsentRecord = Type.Object({ choice: Type.String(), textVersion: Type.String(), text: Type.String(), source: Type.String(), at: Type.String({ format: 'date-time' }) });

/** The signed-in customer's own data: requests, privacy choice, export, erasure. Session only; writes need X-CSRF-Token. */
export async function meRoutes(app: FastifyInstance): Promise<void> {
  const { accounts } = app;

  app.get('/api/me', { schema: { tags: ['me'], summary: 'My account', response: { 200: AccountView, ...errors(401) } } }, async (request) =>
    view(await requireAccount(request)),
  );

  app.get(
    '/api/me/requests',
    {
      schema: {
        tags: ['me'],
        summary: 'My requests (newest first)',
        response: { 200: Type.Array(Type.Object({ id: Type.String(), stage: Type.String(), createdAt: Type.String(), expiresAt: Type.Union([Type.String(), Type.Null()]), awaitingConfirmation: Type.Boolean() })), ...errors(401) },
      },
    },
    async (request) => {
      const account = await requireAccount(request);
      const rows = await accounts.requestsOf(account.id);
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt?.toISOString() ?? null }));
    },
  );

  app.get(
    '/api/me/privacy',
    {
      schema: {
        tags: ['me'],
        summary: 'My privacy choice, what each choice means, and every choice I made',
        description: PRIVACY_EXPLANATION,
        response: { 200: Type.Object({ choice: Type.String(), textVersion: Type.String(), options: Type.Record(Type.String(), Type.String()), history: Type.Array(ConsentRecord) }), ...errors(401) },
      },
    },
    async (request) => {
      const account = await requireAccount(request);
      const history = await accounts.consentHistory(account.id);
      return { choice: account.privacy, textVersion: CONSENT_TEXT_VERSION, options: CONSENT_TEXTS, history: history.map(presentConsent) };
    },
  );

  app.put(
    '/api/me/privacy',
    {
      schema: {
        tags: ['me'],
        summary: 'Change my privacy choice (standard | enhanced); recorded as consent with the text shown',
        description: PRIVACY_EXPLANATION,
        body: Type.Object({ choice: Choice }, { additionalProperties: false }),
        response: { 200: ConsentRecord, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const account = await requireAccount(request);
      const { choice } = request.body as { choice: PrivacyMode };
      return presentConsent(await accounts.changePrivacy(account.id, choice, 'api'));
    },
  );

  app.get(
    '/api/me/export',
    { schema: { tags: ['me'], summary: 'Everything about me: account.json and my files, as a zip', produces: ['application/zip'], response: { 200: Type.String({ format: 'binary' }), ...errors(401) } } },
    async (request, reply) => {
      const account = await requireAccount(request);
      const exported = await accounts.export(account.id);
      const zip = new JSZip();
      zip.file('account.json', JSON.stringify(exported?.data ?? {}, null, 2));
      for (const file of exported?.files ?? []) {
        // A file removed since it was listed (expiry, erasure running) is left out, and said so in the log.
        const content = await readFile(file.diskPath).catch((error: unknown) => {
          request.log.warn({ err: error }, 'a file listed for an export could not be read; left out of the archive');
          return null;
        });
        if (content) zip.file(file.archivePath, content);
      }
      const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      return reply.type('application/zip').header('content-disposition', 'attachment; filename="statex-export.zip"').header('cache-control', 'no-store').send(body);
    },
  );

  app.delete(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: 'Erase my account and everything of it (requests, documents, sites, files, sessions, logs); answers with a receipt',
        response: { 200: Type.Object({ receipt: Type.String(), erasedAt: Type.String(), requests: Type.Integer() }), ...errors(401, 403) },
      },
    },
    async (request) => {
      const account = await requireAccount(request);
      const receipt = await accounts.erase(account.id, {
        actor: { kind: 'customer', id: account.id },
        endSessions: (id) => app.sessionStore.endAccountSessions(id),
      });
      await request.session.destroy();
      return receipt;
    },
  );
}

function presentConsent(row: ConsentRecordRow) {
  return { choice: row.choice, textVersion: row.textVersion, text: row.text, source: row.source, at: row.createdAt.toISOString() };
}
