import { renderPlanMarkdown, renderTermsMarkdown, diffTerms, renderTermsDiffMarkdown, type Plan, type Terms } from '@statex/core';
import type { Generator } from '@statex/ai';
import { planMessages, revisionMessages, termsMessages, translator } from '@statex/i18n';
import type { TemplateSpec } from '@statex/templates';
import type { PipelineContext } from '../pipeline-context.ts';
import { condensedDocumentsNotice } from '../customer-text.ts';
import { PipelineFailure } from '../pipeline-failure.ts';
import { DocumentDeltaStream } from './document-delta-stream.ts';
import { buildGeneratorInput } from './generator-input.ts';
import { questionsOf } from '../interview/interview-questions.ts';
import type { RequestRow } from '../request-repository.ts';

async function previousDeliverables(ctx: PipelineContext, request: RequestRow): Promise<{ terms: Terms; plan: Plan; spec: TemplateSpec }> {
  const version = request.publishedVersion ?? 1;
  const [terms, plan, spec] = await Promise.all([
    ctx.repo.document(request.id, version, 'terms-json'),
    ctx.repo.document(request.id, version, 'plan-json'),
    ctx.repo.document(request.id, version, 'spec'),
  ]);
  if (!terms || !plan || !spec) throw new PipelineFailure('the published version to modify could not be found', { reason: 'reasonPreviousMissing' });
  return { terms: JSON.parse(terms.content) as Terms, plan: JSON.parse(plan.content) as Plan, spec: JSON.parse(spec.content) as TemplateSpec };
}

/** Writes terms, plan and TemplateSpec for the request's current version and stores them. */
export async function generateDeliverables(ctx: PipelineContext, generator: Generator, request: RequestRow, signal: AbortSignal): Promise<void> {
  const input = await buildGeneratorInput(ctx, request);
  // The brief interview's questions with the customer's answers (null: an assumption is made and stated); the modification round reuses them.
  const interview = await questionsOf(ctx.db, ctx.vault, request.id);
  if (interview.length > 0) input.interview = interview.map(({ answeredAt: _at, ...q }) => q);
  let previous: { terms: Terms; plan: Plan; spec: TemplateSpec } | undefined;
  if (request.version > 1) {
    if (!request.pendingChange) throw new PipelineFailure('the requested change is missing', { reason: 'reasonChangeMissing' });
    previous = await previousDeliverables(ctx, request);
    input.revision = { change: request.pendingChange, previous };
  }
  const deltas = new DocumentDeltaStream(ctx, request);
  const notices: string[] = [];
  let result: Awaited<ReturnType<Generator['generate']>>;
  try {
    result = await generator.generate(input, signal, {
      onDelta: (document, text) => deltas.push(document, text),
      onNotice: (message, notice) => notices.push(notice?.kind === 'documents-condensed' ? condensedDocumentsNotice(request.locale, notice.documents) : message),
    });
  } finally {
    await deltas.close();
  }
  for (const message of notices) {
    await ctx.repo.addEvent(ctx.db, { requestId: request.id, type: 'notice', stage: 'generating', version: request.version, message });
  }
  const docs: Record<string, string> = {
    terms: renderTermsMarkdown(result.terms, translator(termsMessages, result.terms.locale ?? request.locale)),
    plan: renderPlanMarkdown(result.plan, { ...(result.terms.business?.name ? { title: result.terms.business.name } : {}), t: translator(planMessages, request.locale) }),
    'terms-json': JSON.stringify(result.terms),
    'plan-json': JSON.stringify(result.plan),
    spec: JSON.stringify(result.spec),
  };
  if (previous) docs['terms-diff'] = renderTermsDiffMarkdown(diffTerms(previous.terms, result.terms), translator(revisionMessages, request.locale));
  // Each document is stored with the tier that wrote it (terms by one tier, the plan by the next after a failure).
  const by = result.producedByDocument ?? { terms: result.producedBy, plan: result.producedBy, spec: result.producedBy };
  const tierOf: Record<string, string> = { terms: by.terms, 'terms-json': by.terms, 'terms-diff': by.terms, plan: by.plan, 'plan-json': by.plan, spec: by.spec };
  await ctx.db.transaction(async (tx) => {
    for (const producedBy of new Set(Object.values(tierOf))) {
      const group = Object.fromEntries(Object.entries(docs).filter(([kind]) => tierOf[kind] === producedBy));
      await ctx.repo.putDocuments(tx, request.id, request.version, producedBy, group);
    }
  });
}
