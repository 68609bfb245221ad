import { modificationsLeft, prototypeUrl, stageProgress, type Stage } from '@statex/core';
import { questionCounts, type RequestRow } from '@statex/pipeline';
import type { Static } from 'typebox';
import type { Runtime } from '@statex/pipeline';
import type { Links, RequestStatus } from '../schemas.ts';

export function requestLinks(id: string, runtime: Runtime): Static<typeof Links> {
  const base = `/api/requests/${id}`;
  return {
    self: base,
    events: `${base}/events`,
    terms: `${base}/documents/terms`,
    plan: `${base}/documents/plan`,
    modifications: `${base}/modifications`,
    prototype: prototypeUrl(id, runtime.config.prototype),
  };
}

/** The owner's view of a request, as `GET /api/requests/:id` answers it. */
export async function presentRequest(runtime: Runtime, row: RequestRow): Promise<Static<typeof RequestStatus>> {
  const repo = runtime.pipeline.repo;
  const [events, asked, currentDocs, publishedDocs] = await Promise.all([
    repo.stageHistory(row.id),
    questionCounts(runtime.pipeline.db, row.id),
    repo.documentsOf(row.id, row.version),
    row.publishedVersion && row.publishedVersion !== row.version ? repo.documentsOf(row.id, row.publishedVersion) : Promise.resolve([]),
  ]);
  // Documents of the version being worked on when written, else those of the published version.
  const docs = new Map<string, { version: number; producedBy: string }>();
  for (const d of [...publishedDocs, ...currentDocs]) docs.set(d.kind, { version: d.version, producedBy: d.producedBy });
  const base = `/api/requests/${row.id}/documents`;
  const doc = (kind: string, path: string) => {
    const found = docs.get(kind);
    return found ? { url: `${base}/${path}`, version: found.version, producedBy: found.producedBy } : null;
  };
  const stage = row.stage as Stage;
  return {
    id: row.id,
    status: stage,
    stage,
    version: row.version,
    progress: stageProgress(stage),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history: events.map((e) => ({ stage: e.stage as Stage, version: e.version, message: e.message, at: e.createdAt.toISOString() })),
    notices: row.notices,
    documents: { terms: doc('terms', 'terms'), plan: doc('plan', 'plan'), termsDiff: doc('terms-diff', 'terms-diff') },
    prototype:
      row.publishedVersion && row.expiresAt
        ? {
            url: prototypeUrl(row.id, runtime.config.prototype),
            path: `/p/${row.id}/`,
            version: row.publishedVersion,
            expiresAt: row.expiresAt.toISOString(),
          }
        : null,
    modificationsLeft: modificationsLeft(row.modificationsUsed),
    failureReason: row.failureReason,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    links: requestLinks(row.id, runtime),
    interview: asked.asked > 0 ? interviewSummary(row, asked) : null,
  };
}

/** Whether answers are taken now, until when, and how many of the questions were answered. */
function interviewSummary(row: RequestRow, counts: { asked: number; answered: number }): NonNullable<Static<typeof RequestStatus>['interview']> {
  const open = row.stage === 'clarifying' && row.clarifyUntil !== null && row.clarifyUntil.getTime() > Date.now();
  return { ...counts, open, answerBy: open ? (row.clarifyUntil as Date).toISOString() : null };
}
