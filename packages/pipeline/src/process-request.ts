import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { refundsQuota, type FailureCause, type InterviewQuestion, type Stage } from '@statex/core';
import type { Generator } from '@statex/ai';
import { notifications, requestFiles, requests } from '@statex/db';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { failureReasonText, stageText } from './customer-text.ts';
import { notifyCustomer } from './notify-customer.ts';
import type { PipelineContext } from './pipeline-context.ts';
import { beginInterview, questionsToAsk } from './interview/begin-interview.ts';
import { failureCauseOf, MAX_ATTEMPTS, PipelineFailure } from './pipeline-failure.ts';
import { refundQuota } from './quota-ledger.ts';
import { dropInputsIfStandard } from './privacy/apply-privacy-choice.ts';
import { processSlots } from './suspect-isolation.ts';
import type { RequestRow } from './request-repository.ts';
import { extractInputs } from './stages/extract-inputs.ts';
import { generateDeliverables } from './stages/generate-deliverables.ts';
import { prototypeExists, renderPrototype } from './stages/render-prototype.ts';

/** `waiting`: the request waits for the customer's answers (brief interview); its answers or its deadline dispatch it again. */
export type ProcessOutcome = 'published' | 'failed' | 'skipped' | 'lost-lease' | 'waiting';

/**
 * Runs one request from whatever stage it is at to `published` or `failed`. Safe to call any number
 * of times, from any number of processes: a lease in the database lets one run at a time, every
 * stage change is conditional on holding it, and each stage can be redone from stored inputs.
 */
export async function processRequest(ctx: PipelineContext, generator: Generator, requestId: string): Promise<ProcessOutcome> {
  const owner = `${process.pid}:${randomBytes(6).toString('hex')}`;
  const leaseMs = ctx.config.worker.leaseMs;
  let request = await ctx.repo.claim(requestId, owner, leaseMs);
  if (!request) return 'skipped';
  const lost = new AbortController();
  const heartbeat = setInterval(() => {
    ctx.repo.renewLease(requestId, owner, leaseMs).then(
      (held) => {
        if (!held) lost.abort();
      },
      () => {},
    );
  }, Math.max(200, Math.floor(leaseMs / 3)));
  heartbeat.unref();
  const log = ctx.log.child({ requestId, version: request.version });
  let releaseSlot: (() => void) | undefined;
  try {
    const strikes = ctx.config.worker.crashStrikes;
    if (request.crashStrikes >= strikes) {
      // Its own stage was running each time a process died: its input is what takes the service down.
      throw new PipelineFailure(`processing this request stopped the service ${request.crashStrikes} times, so it was not tried again`, {
        cause: 'input',
        reason: 'reasonCrashes',
        values: { count: request.crashStrikes },
      });
    }
    // Present at an earlier crash: run alone, so a further crash is charged to this request only.
    releaseSlot = await processSlots.acquire(request.crashStrikes > 0);
    while (request.stage !== 'published') {
      if (lost.signal.aborted) return 'lost-lease';
      const from = request.stage as Stage;
      if (from === 'clarifying' && (await ctx.repo.waitingForAnswers(requestId))) {
        // No worker waits for the customer: closing the interview (answers, skip, the deadline) dispatches it again.
        await ctx.repo.releaseLease(requestId, owner);
        await notifyCustomer(ctx, requestId).catch((e: unknown) => log.warn({ err: e }, 'could not send the questions email; the reconciler retries'));
        log.info('waiting for the answers to the brief interview');
        return 'waiting';
      }
      if (!(await ctx.repo.markRunning(requestId, owner, from))) return 'lost-lease';
      const stopTimer = ctx.metrics.stageDuration.startTimer({ stage: from });
      const next = await runStage(ctx, generator, request, lost.signal);
      const to = typeof next === 'string' ? next : next.to;
      stopTimer();
      if (ctx.config.worker.stageDelayMs > 0) await sleep(ctx.config.worker.stageDelayMs, undefined, { signal: lost.signal }).catch(() => {});
      if (lost.signal.aborted) return 'lost-lease';
      const moved =
        to === 'published'
          ? await publish(ctx, request, owner)
          : typeof next === 'string'
            ? await advance(ctx, request, owner, from, to)
            : await beginInterview(ctx, request, owner, next.questions);
      if (!moved) return 'lost-lease';
      await ctx.events.signal(requestId);
      log.debug({ from, to }, 'stage changed');
      request = { ...request, stage: to };
    }
    await pointCurrentAt(ctx, request);
    await notifyCustomer(ctx, requestId);
    await removeOldVersions(ctx, request);
    ctx.metrics.outcomes.inc({ outcome: 'published' });
    log.info('published');
    return 'published';
  } catch (error) {
    if (lost.signal.aborted) return 'lost-lease';
    const inputCaused = failureCauseOf(error) === 'input';
    // A failure caused by the customer's own files is final and explained to them, like a PipelineFailure.
    const reason = error instanceof PipelineFailure || inputCaused ? (error as Error).message : null;
    // The request's own stage failed (possibly transiently: database, disk): that, and only that, costs an attempt.
    const attempts = reason ? null : await ctx.repo.chargeAttempt(requestId, owner).catch(() => null);
    if (!reason && (attempts === null || attempts < MAX_ATTEMPTS)) {
      // Let the queue retry or the reconciler re-dispatch.
      await ctx.repo.releaseLease(requestId, owner).catch(() => {});
      throw error;
    }
    if (!reason) log.error({ err: error }, 'processing failed for good');
    await fail(ctx, request, owner, failureReasonText(request.locale, error), failureCauseOf(error));
    await ctx.events.signal(requestId);
    ctx.metrics.outcomes.inc({ outcome: 'failed' });
    await notifyCustomer(ctx, requestId).catch((e: unknown) => log.warn({ err: e }, 'could not notify'));
    return 'failed';
  } finally {
    releaseSlot?.();
    clearInterval(heartbeat);
  }
}

/** Does the work of the request's current stage and returns the stage to move to (with the questions, when it is the interview). */
async function runStage(
  ctx: PipelineContext,
  generator: Generator,
  request: RequestRow,
  signal: AbortSignal,
): Promise<Stage | { to: 'clarifying'; questions: InterviewQuestion[] }> {
  switch (request.stage as Stage) {
    case 'received':
      return 'extracting';
    case 'extracting': {
      const notices = await extractInputs(ctx, request);
      for (const message of notices) {
        await ctx.repo.addEvent(ctx.db, { requestId: request.id, type: 'notice', stage: 'extracting', version: request.version, message });
      }
      if (notices.length > 0) {
        await ctx.db
          .update(requests)
          // One array parameter: a JS array spread into the template would become `($1, $2)`, not a text[].
          .set({ notices: sql`(select array(select distinct unnest(${requests.notices} || array[${sql.join(notices.map((n) => sql`${n}`), sql`, `)}]::text[])))` })
          .where(eq(requests.id, request.id));
      }
      const questions = await questionsToAsk(ctx, generator, request, signal);
      return questions.length > 0 ? { to: 'clarifying', questions } : 'generating';
    }
    case 'clarifying':
      // The interview closed (answered, skipped or past its deadline): generate with what was answered.
      return 'generating';
    case 'generating':
      await generateDeliverables(ctx, generator, request, signal);
      return 'rendering';
    case 'rendering':
      await renderPrototype(ctx, request);
      return 'publishing';
    case 'publishing':
      if (!(await prototypeExists(ctx, request.id, request.version))) await renderPrototype(ctx, request);
      return 'published';
    default:
      throw new PipelineFailure(`cannot continue from stage ${request.stage}`, { reason: 'reasonStage', values: { stage: request.stage } });
  }
}

async function advance(ctx: PipelineContext, request: RequestRow, owner: string, from: Stage, to: Stage): Promise<boolean> {
  return ctx.db.transaction((tx) => ctx.repo.advance(tx, request.id, owner, from, to, request.version, stageText(request.locale, to)));
}

async function publish(ctx: PipelineContext, request: RequestRow, owner: string): Promise<boolean> {
  const expiresAt = request.expiresAt ?? new Date(Date.now() + ctx.config.prototype.ttlMs);
  return ctx.db.transaction(async (tx) => {
    const moved = await ctx.repo.advance(tx, request.id, owner, 'publishing', 'published', request.version, stageText(request.locale, 'published'), {
      publishedVersion: request.version,
      publishedAt: new Date(),
      expiresAt,
      pendingChange: null,
      leaseOwner: null,
      leaseUntil: null,
    });
    if (!moved) return false;
    await tx.insert(notifications).values({ requestId: request.id, kind: 'published', version: request.version }).onConflictDoNothing();
    await dropInputsIfStandard(tx, request.id, request.privacy, ctx.vault);
    return true;
  });
}

/** Ends the request as failed (first version: quota refunded unless the input caused it) or, for a failed modification, keeps the published version. */
async function fail(ctx: PipelineContext, request: RequestRow, owner: string, reason: string, cause: FailureCause): Promise<void> {
  const now = new Date();
  const isRevision = request.version > 1 && request.publishedVersion !== null;
  await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(requests)
      .set(
        isRevision
          ? {
              stage: 'published',
              version: request.publishedVersion as number,
              modificationsUsed: 0,
              pendingChange: null,
              failureReason: stageText(request.locale, 'modificationFailed', { reason }),
              runningStage: null,
              leaseOwner: null,
              leaseUntil: null,
              updatedAt: now,
            }
          : {
              stage: 'failed',
              failureReason: reason,
              expiresAt: new Date(now.getTime() + ctx.config.prototype.ttlMs),
              runningStage: null,
              leaseOwner: null,
              leaseUntil: null,
              updatedAt: now,
            },
      )
      .where(and(eq(requests.id, request.id), eq(requests.leaseOwner, owner)))
      .returning({ id: requests.id });
    if (rows.length !== 1) return;
    if (!isRevision) {
      if (refundsQuota(cause)) await refundQuota(tx, request.id, now);
      // The uploads are deleted below, whatever stage the request died in.
      await tx.update(requestFiles).set({ storagePath: null, deletedAt: now }).where(and(eq(requestFiles.requestId, request.id), isNotNull(requestFiles.storagePath)));
    }
    await ctx.repo.addEvent(tx, {
      requestId: request.id,
      type: 'stage',
      stage: isRevision ? 'published' : 'failed',
      version: isRevision ? (request.publishedVersion as number) : request.version,
      message: stageText(request.locale, isRevision ? 'modificationFailed' : 'failedBecause', { reason }),
      // The cause tells the failure email whether the quota was given back.
      data: { reason, cause },
    });
    await tx.insert(notifications).values({ requestId: request.id, kind: 'failed', version: request.version }).onConflictDoNothing();
  });
  if (!isRevision) await rm(ctx.paths.uploads(request.id), { recursive: true, force: true });
}

/**
 * `sites/<id>/current` → `v<version>`: lets a static server (nginx) serve the published version
 * without asking the database. Replaced atomically by renaming a fresh link over it.
 */
async function pointCurrentAt(ctx: PipelineContext, request: RequestRow): Promise<void> {
  const dir = ctx.paths.sites(request.id);
  const scratch = path.join(dir, `.current-${randomBytes(4).toString('hex')}`);
  await symlink(`v${request.version}`, scratch);
  await rename(scratch, path.join(dir, 'current'));
}

async function removeOldVersions(ctx: PipelineContext, request: RequestRow): Promise<void> {
  const dir = ctx.paths.sites(request.id);
  const entries = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((name) => name !== `v${request.version}` && name !== 'current')
      .map((name) => rm(path.join(dir, name), { recursive: true, force: true })),
  );
}
