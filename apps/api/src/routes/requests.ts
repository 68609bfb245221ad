import { rm } from 'node:fs/promises';
import { clientNetworkKey, isTerminal, MAX_UPLOAD_BYTES, type Stage } from '@statex/core';
import { networkQuotaLimit, personalQuotaLimits, quotaRefusal, requestModification, submitRequest } from '@statex/pipeline';
import type { FastifyInstance, FastifyReply } from 'fastify';
import Type from 'typebox';
import { Errors } from '../errors.ts';
import type { Runtime } from '@statex/pipeline';
import { Accepted, AuthHeaders, ErrorBody, IdParams, ModificationAccepted, ModificationBody, RequestStatus, SubmissionFields } from '../schemas.ts';
import { diskNearlyFull, diskSpaceReader } from '../submission/disk-space-guard.ts';
import { readSubmission } from '../submission/read-submission.ts';
import { presentRequest, requestLinks } from './present-request.ts';
import { assertOwner, loadOwnedRequest, withOwnership } from './request-access.ts';
import { StatusCache } from './status-cache.ts';

const errorResponses = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));

// The files' cap plus the text fields (20 × 100 KB at most) and the multipart framing around them.
const MAX_SUBMISSION_BYTES = MAX_UPLOAD_BYTES + 3 * 1024 * 1024;

const DOCUMENT_KINDS = { terms: 'terms of reference', plan: 'realization plan', 'terms-diff': 'list of changes to the terms' } as const;

export async function requestRoutes(app: FastifyInstance, { runtime }: { runtime: Runtime }): Promise<void> {
  // Open event streams never end on their own: close them when the server shuts down, so a
  // graceful stop does not wait for its whole grace period.
  const openStreams = new Set<{ close(): void }>();
  app.addHook('preClose', async () => {
    for (const stream of openStreams) stream.close();
  });
  const readDiskSpace = diskSpaceReader(runtime.config.dataDir);
  // Live-event streams hold a socket each for as long as the client likes: capped per client
  // (IPv6 by /64) and per process, so one client cannot take every connection.
  const openPerClient = new Map<string, number>();
  let totalOpen = 0;
  const streamCaps = runtime.config.access.eventStreams;
  const refuseBeyondStreamCaps = (client: string, reply: FastifyReply): void => {
    if (totalOpen >= streamCaps.total) {
      reply.header('retry-after', '30');
      throw new Errors.EVENT_STREAMS_LIMIT('Too many live updates are open on this server right now; follow the status with GET /api/requests/:id, or try again in a moment.');
    }
    if ((openPerClient.get(client) ?? 0) >= streamCaps.perClient) {
      reply.header('retry-after', '30');
      throw new Errors.EVENT_STREAMS_LIMIT(`Your network address already has ${streamCaps.perClient} live updates open; close some tabs or windows and try again.`);
    }
  };
  const statusCache = new StatusCache();
  await statusCache.attach(runtime);
  app.addHook('onClose', async () => statusCache.detach());

  app.post(
    '/api/requests',
    {
      schema: {
        tags: ['requests'],
        summary: 'Send a brief (multipart/form-data)',
        consumes: ['multipart/form-data'],
        body: SubmissionFields,
        response: { 202: Accepted, ...errorResponses(400, 413, 415, 429, 503) },
      },
      // The multipart body is read as a stream and checked field by field in readSubmission;
      // the body schema above documents it for OpenAPI.
      validatorCompiler: () => () => true,
      // Refuse before reading (after the global rate limit, also an onRequest hook): a body that
      // announces more than the cap, a nearly full disk, a network address whose quota is spent.
      onRequest: async (request, reply) => {
        const announced = Number(request.headers['content-length'] ?? 0);
        if (announced > MAX_SUBMISSION_BYTES) throw new Errors.UPLOAD_TOO_LARGE(`${Math.round(MAX_UPLOAD_BYTES / (1024 * 1024))} MB`);
        if (diskNearlyFull(await readDiskSpace(), runtime.config.access.uploadMinFree)) {
          reply.header('retry-after', '300');
          throw new Errors.STORAGE_FULL();
        }
        const refusal = await quotaRefusal(runtime.database.db, [networkQuotaLimit(runtime.pipeline, request.ip)], runtime.config.quota.windowMs, new Date());
        if (refusal) throw quotaExceeded(reply, refusal, runtime.config.quota);
      },
    },
    async (request, reply) => {
      const { submission, scratchDir } = await readSubmission(request, {
        incomingDir: runtime.pipeline.paths.incoming(),
        // The email's quota, as soon as the field arrives: before any file of a refused request is read.
        onEmail: async (email) => {
          const refusal = await quotaRefusal(runtime.database.db, personalQuotaLimits(runtime.pipeline, email, null), runtime.config.quota.windowMs, new Date());
          if (refusal) throw quotaExceeded(reply, refusal, runtime.config.quota);
        },
      });
      try {
        const result = await submitRequest(runtime.pipeline, await withOwnership(runtime, request, submission));
        if (!result.ok) throw quotaExceeded(reply, result, runtime.config.quota);
        return reply.code(202).send({
          id: result.id,
          token: result.token,
          status: 'received' as const,
          links: requestLinks(result.id, runtime),
          ...(result.awaitingConfirmation ? { confirmation: 'email-sent' as const } : {}),
        });
      } finally {
        await rm(scratchDir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/api/requests/:id',
    {
      schema: { tags: ['requests'], summary: 'Status, stage history, documents and prototype of a request (owner only)', params: IdParams, headers: AuthHeaders, response: { 200: RequestStatus, ...errorResponses(400, 401, 403, 404, 410) } },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const entry = await statusCache.getOrLoad(id, async () => {
        const row = await runtime.pipeline.repo.get(id);
        if (!row) return null;
        const body = row.expiredAt ? '' : JSON.stringify(await presentRequest(runtime, row));
        return { tokenHash: row.tokenHash, accountId: row.accountId, expiredAt: row.expiredAt, body };
      });
      if (!entry) throw new Errors.REQUEST_NOT_FOUND(id);
      await assertOwner(runtime, request, id, entry);
      if (entry.expiredAt) throw new Errors.EXPIRED(entry.expiredAt.toUTCString());
      return reply.type('application/json; charset=utf-8').send(entry.body);
    },
  );

  app.get(
    '/api/requests/:id/documents/:kind',
    {
      schema: {
        tags: ['requests'],
        summary: 'A deliverable as Markdown: terms, plan, or terms-diff (after the modification)',
        params: Type.Object({ id: IdParams.properties.id, kind: Type.Union(Object.keys(DOCUMENT_KINDS).map((k) => Type.Literal(k))) }),
        querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 })) }),
        headers: AuthHeaders,
        produces: ['text/markdown'],
        response: { 200: Type.String({ description: 'Markdown' }), ...errorResponses(400, 401, 403, 404, 409, 410) },
      },
    },
    async (request, reply) => {
      const { id, kind } = request.params as { id: string; kind: keyof typeof DOCUMENT_KINDS };
      const { version } = request.query as { version?: number };
      const row = await loadOwnedRequest(runtime, request, id);
      const wanted = version ?? (kind === 'terms-diff' ? row.version : null);
      const repo = runtime.pipeline.repo;
      const doc = wanted
        ? await repo.document(id, wanted, kind)
        : ((await repo.document(id, row.version, kind)) ?? (row.publishedVersion ? await repo.document(id, row.publishedVersion, kind) : null));
      if (!doc) throw new Errors.DOCUMENT_NOT_READY(DOCUMENT_KINDS[kind], id);
      return reply
        .type('text/markdown; charset=utf-8')
        .header('x-document-version', String(doc.version))
        .header('x-produced-by', doc.producedBy)
        .send(doc.content);
    },
  );

  app.post(
    '/api/requests/:id/modifications',
    {
      schema: { tags: ['requests'], summary: 'Ask for the one modification', params: IdParams, headers: AuthHeaders, body: ModificationBody, response: { 202: ModificationAccepted, ...errorResponses(400, 401, 403, 404, 409, 410) } },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const { change } = request.body as { change: string };
      const row = await loadOwnedRequest(runtime, request, id);
      const result = await requestModification(runtime.pipeline, row, change.trim());
      if (!result.ok) {
        if (result.reason === 'used') throw new Errors.MODIFICATION_USED();
        if (result.reason === 'expired') throw new Errors.EXPIRED((row.expiresAt ?? new Date()).toUTCString());
        throw new Errors.NOT_PUBLISHED(row.stage);
      }
      return reply.code(202).send({ id, status: 'received' as const, version: result.version, modificationsLeft: 0 });
    },
  );

  app.get(
    '/api/requests/:id/events',
    {
      sse: { kind: 'only', heartbeat: true },
      schema: {
        tags: ['requests'],
        summary: 'Server-Sent Events: every stage change and notice. EventSource clients may pass ?access_token=',
        params: IdParams,
        querystring: Type.Object({ access_token: Type.Optional(Type.String()) }),
        produces: ['text/event-stream'],
        response: { 200: Type.String({ description: 'text/event-stream; each event: id, event (stage|notice), data JSON {stage, version, message, at, final} (the clarifying stage adds questions: [{id, kind, text, requirement, suggestion}]); event document-delta, data {document: terms|plan|spec, version, text} while a model writes' }), ...errorResponses(400, 401, 403, 404, 406, 410, 429) },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const client = clientNetworkKey(request.ip);
      refuseBeyondStreamCaps(client, reply);
      await loadOwnedRequest(runtime, request, id, { allowQuery: true, allowExpired: true });
      const sse = reply.sse;
      openPerClient.set(client, (openPerClient.get(client) ?? 0) + 1);
      totalOpen += 1;
      let counted = true;
      const release = () => {
        if (!counted) return;
        counted = false;
        totalOpen -= 1;
        const left = (openPerClient.get(client) ?? 1) - 1;
        if (left > 0) openPerClient.set(client, left);
        else openPerClient.delete(client);
      };
      sse.onClose(release);
      // Closed while ownership was checked: onClose callbacks registered now would never run.
      if (!sse.isConnected) release();
      let lastId = Number.parseInt(sse.lastEventId ?? '0', 10) || 0;
      let chain: Promise<void> = Promise.resolve();
      const pump = () => {
        chain = chain.then(async () => {
          if (!sse.isConnected) return;
          const [events, current] = await Promise.all([runtime.pipeline.repo.eventsAfter(id, lastId), runtime.pipeline.repo.get(id)]);
          for (const e of events) {
            lastId = e.id;
            const final = current !== null && isTerminal(current.stage as Stage) && current.leaseOwner === null && e.id === events.at(-1)?.id;
            // Streamed document text (batched by the worker): {document, text} rather than a stage message.
            if (e.type === 'document-delta') await sse.send({ id: String(e.id), event: e.type, data: { document: e.data?.document, version: e.version, text: e.message } });
            // The `clarifying` event carries the interview's questions (opened by the repository), so a client can show them at once.
            else await sse.send({ id: String(e.id), event: e.type, data: { stage: e.stage, version: e.version, message: e.message, at: e.createdAt.toISOString(), final, ...(Array.isArray(e.data?.questions) ? { questions: e.data.questions } : {}) } });
          }
        }).catch((error: unknown) => request.log.warn({ err: error }, 'event stream read failed'));
        return chain;
      };
      sse.keepAlive();
      openStreams.add(sse);
      const unlisten = await runtime.transport.events.listen(id, () => void pump());
      // Signals are best effort; a slow periodic read makes the stream complete regardless.
      const timer = setInterval(() => void pump(), 5_000);
      sse.onClose(() => {
        openStreams.delete(sse);
        clearInterval(timer);
        void unlisten();
      });
      await pump();
    },
  );
}

/** 429 with Retry-After and the time the next request is possible, for a spent email, account or network quota. */
function quotaExceeded(reply: FastifyReply, refusal: { retryAt: Date; label: string }, quota: { perEmail: number; perIp: number }): Error {
  const seconds = Math.max(1, Math.ceil((refusal.retryAt.getTime() - Date.now()) / 1000));
  reply.header('retry-after', String(seconds));
  return new Errors.QUOTA_EXCEEDED(
    `You have reached the limit of free prototypes for ${refusal.label} (${quota.perEmail} per email and ${quota.perIp} per network address in 24 hours). The next request is possible at ${refusal.retryAt.toISOString()} (in ${formatWait(seconds)}).`,
  );
}

function formatWait(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.ceil((seconds % 3600) / 60);
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}
