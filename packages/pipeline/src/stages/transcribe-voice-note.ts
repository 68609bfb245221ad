import { readFile } from 'node:fs/promises';
import { transcribersFor, type TranscriptionService } from '@statex/ai';
import { noticeText, shownFileName } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestFileRow, RequestRow } from '../request-repository.ts';

/**
 * The transcript of a voice note, or the notice telling the customer plainly why there is none.
 * EU requests use only Azure or the self-hosted server (transcribersFor); each allowed service is
 * tried in turn.
 */
export async function transcribeVoiceNote(
  ctx: PipelineContext,
  request: RequestRow,
  file: RequestFileRow & { storagePath: string },
  services: TranscriptionService[] = transcribersFor(ctx.config.ai, request.compliance === 'eu' ? 'eu' : 'standard'),
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
