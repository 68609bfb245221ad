import { readFile } from 'node:fs/promises';
import { transcribersFor, type TranscriptionService } from '@statex/ai';
import { complianceOf, pipelineAi } from '../ai-clients.ts';
import { noticeText, shownFileName } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestFileRow, RequestRow } from '../request-repository.ts';

/**
 * The transcript of a voice note, or the notice telling the customer plainly why there is none.
 * The residency policy decides which services may hear it (an EU request's note only endpoints
 * declared EU); each allowed service, built once at start, is tried in turn.
 */
export async function transcribeVoiceNote(
  ctx: PipelineContext,
  request: RequestRow,
  file: RequestFileRow & { storagePath: string },
  services: TranscriptionService[] = transcribersFor(ctx.config.ai, complianceOf(request), pipelineAi(ctx).clients.transcription),
): Promise<{ text: string } | { notice: string }> {
  if (services.length === 0) {
    return { notice: noticeText(request.locale, 'voiceNotConfigured', { file: shownFileName(file.originalName) }) };
  }
  const audio = new Uint8Array(await readFile(file.storagePath));
  for (const service of services) {
    try {
      const text = await service.transcribe(audio, file.originalName, request.locale, AbortSignal.timeout(ctx.config.ai.timeoutMs * 2));
      if (text) return { text };
    } catch (error) {
      ctx.log.warn({ err: error, requestId: request.id, service: service.name }, 'voice transcription failed');
    }
  }
  return { notice: noticeText(request.locale, 'voiceNoAnswer', { file: shownFileName(file.originalName) }) };
}
