import type { GeneratorInput, SourceDocument } from '@statex/ai';
import type { PipelineContext } from '../pipeline-context.ts';
import { PipelineFailure } from '../pipeline-failure.ts';
import type { RequestRow } from '../request-repository.ts';

/**
 * What the generator reads of a request: the brief, the text of every document and the voice
 * transcript, the language and the request's choices. The same for the interview's questions and
 * for generation, which adds the interview's answers and, in the modification round, the change.
 */
export async function buildGeneratorInput(ctx: PipelineContext, request: RequestRow): Promise<GeneratorInput> {
  if (request.brief === null) throw new PipelineFailure('the brief is no longer available', { reason: 'reasonBriefMissing' });
  const files = await ctx.repo.files(request.id);
  const documents: SourceDocument[] = files
    .filter((f) => f.role === 'document' || (f.role === 'voice' && f.extractedText))
    .map((f) =>
      f.role === 'voice'
        ? { name: `${f.originalName} (transcript)`, kind: 'txt', text: f.extractedText }
        : { name: f.originalName, kind: f.kind as SourceDocument['kind'], text: f.extractedText },
    );
  return {
    requestId: request.id,
    brief: request.brief,
    documents,
    locale: request.locale,
    compliance: request.compliance as GeneratorInput['compliance'],
    privacy: request.privacy as GeneratorInput['privacy'],
    ...(request.name ? { customerName: request.name } : {}),
  };
}
