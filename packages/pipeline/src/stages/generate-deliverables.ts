import { renderPlanMarkdown, renderTermsMarkdown, diffTerms, renderTermsDiffMarkdown, type Plan, type Terms } from '@statex/core';
import type { Generator, GeneratorInput, SourceDocument } from '@statex/ai';
import type { TemplateSpec } from '@statex/templates';
import type { PipelineContext } from '../pipeline-context.ts';
import { PipelineFailure } from '../pipeline-failure.ts';
import type { RequestRow } from '../request-repository.ts';

async function previousDeliverables(ctx: PipelineContext, request: RequestRow): Promise<{ terms: Terms; plan: Plan; spec: TemplateSpec }> {
  const version = request.publishedVersion ?? 1;
  const [terms, plan, spec] = await Promise.all([
    ctx.repo.document(request.id, version, 'terms-json'),
    ctx.repo.document(request.id, version, 'plan-json'),
    ctx.repo.document(request.id, version, 'spec'),
  ]);
  if (!terms || !plan || !spec) throw new PipelineFailure('the published version to modify could not be found');
  return { terms: JSON.parse(terms.content) as Terms, plan: JSON.parse(plan.content) as Plan, spec: JSON.parse(spec.content) as TemplateSpec };
}

/** Writes terms, plan and TemplateSpec for the request's current version and stores them. */
export async function generateDeliverables(ctx: PipelineContext, generator: Generator, request: RequestRow, signal: AbortSignal): Promise<void> {
  if (request.brief === null) throw new PipelineFailure('the brief is no longer available');
  const files = await ctx.repo.files(request.id);
  const documents: SourceDocument[] = files
    .filter((f) => f.role === 'document')
    .map((f) => ({ name: f.originalName, kind: f.kind as SourceDocument['kind'], text: f.extractedText }));
  const input: GeneratorInput = {
    requestId: request.id,
    brief: request.brief,
    documents,
    locale: request.locale,
    compliance: request.compliance as GeneratorInput['compliance'],
    privacy: request.privacy as GeneratorInput['privacy'],
    ...(request.name ? { customerName: request.name } : {}),
  };
  let previous: { terms: Terms; plan: Plan; spec: TemplateSpec } | undefined;
  if (request.version > 1) {
    if (!request.pendingChange) throw new PipelineFailure('the requested change is missing');
    previous = await previousDeliverables(ctx, request);
    input.revision = { change: request.pendingChange, previous };
  }
  const result = await generator.generate(input, signal);
  const docs: Record<string, string> = {
    terms: renderTermsMarkdown(result.terms),
    plan: renderPlanMarkdown(result.plan),
    'terms-json': JSON.stringify(result.terms),
    'plan-json': JSON.stringify(result.plan),
    spec: JSON.stringify(result.spec),
  };
  if (previous) docs['terms-diff'] = renderTermsDiffMarkdown(diffTerms(previous.terms, result.terms));
  await ctx.repo.putDocuments(ctx.db, request.id, request.version, result.producedBy, docs);
}
