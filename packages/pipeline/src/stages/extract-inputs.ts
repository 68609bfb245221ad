import { rm } from 'node:fs/promises';
import { requestFiles } from '@statex/db';
import { ExtractionError, type DocumentKind } from '@statex/files';
import { eq } from 'drizzle-orm';
import { extractionNotice, noticeText, shownFileName } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestRow } from '../request-repository.ts';
import { describeImageFile, isImageKind } from './describe-image-file.ts';
import { transcribeVoiceNote } from './transcribe-voice-note.ts';

/**
 * Reads the text out of every uploaded document and stores it; then deletes the uploaded copy,
 * which is no longer needed. Idempotent: files already processed are skipped. Returns notices for
 * the customer (a document without readable text, a voice note that was not transcribed).
 */
export async function extractInputs(ctx: PipelineContext, request: RequestRow): Promise<string[]> {
  const notices: string[] = [];
  for (const file of await ctx.repo.files(request.id)) {
    if (!file.storagePath) continue;
    let extracted: string | null = null;
    if (file.role === 'voice') {
      const transcript = await transcribeVoiceNote(ctx, request, { ...file, storagePath: file.storagePath });
      if ('text' in transcript) extracted = transcript.text;
      else notices.push(transcript.notice);
    } else {
      try {
        // In a sandbox thread: a hostile file is refused (ExtractionRejected) and never blocks or kills this process.
        const result = await ctx.extraction.extract(file.storagePath, file.kind as DocumentKind, { name: file.originalName });
        extracted = result.text;
        if (result.truncated) notices.push(noticeText(request.locale, 'fileTruncated', { file: shownFileName(file.originalName) }));
        // Images have no text: a vision-capable tier the request may use describes them (else listed by name).
        if (extracted === null && isImageKind(file.kind)) extracted = await describeImageFile(ctx, request, { ...file, storagePath: file.storagePath });
      } catch (error) {
        if (!(error instanceof ExtractionError)) throw error;
        notices.push(extractionNotice(request.locale, error));
      }
    }
    await ctx.db
      .update(requestFiles)
      .set({ extractedText: await ctx.repo.sealExtractedText(ctx.db, request.id, extracted), storagePath: null, deletedAt: new Date() })
      .where(eq(requestFiles.id, file.id));
    await rm(file.storagePath, { force: true });
  }
  await rm(ctx.paths.uploads(request.id), { recursive: true, force: true });
  return notices;
}
