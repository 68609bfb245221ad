import { readFile } from 'node:fs/promises';
import type { ImageDescriber } from '@statex/ai';
import { complianceOf, pipelineAi } from '../ai-clients.ts';
import { noticeText, shownFileName } from '../customer-text.ts';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestFileRow, RequestRow } from '../request-repository.ts';

const IMAGE_MIME: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

export function isImageKind(kind: string): boolean {
  return kind in IMAGE_MIME;
}

/**
 * The text stored for an uploaded image: `Image "<name>" shows: …` from a vision-capable tier the
 * residency policy allows for the request, or null (no such tier, or every one failed): the image
 * is then listed by name. The describer is the process's, built once at start.
 */
export async function describeImageFile(
  ctx: PipelineContext,
  request: RequestRow,
  file: RequestFileRow & { storagePath: string },
  describer: ImageDescriber = pipelineAi(ctx).describer,
): Promise<string | null> {
  const compliance = complianceOf(request);
  if (describer.tiersFor(compliance).length === 0) return null;
  try {
    const bytes = new Uint8Array(await readFile(file.storagePath));
    const image = { name: file.originalName, mimeType: IMAGE_MIME[file.kind] ?? file.mime, bytes };
    const description = await describer.describe(image, { requestId: request.id, locale: request.locale, compliance }, AbortSignal.timeout(ctx.config.ai.timeoutMs * 2));
    return description ? noticeText(request.locale, 'imageShows', { file: shownFileName(file.originalName), description }) : null;
  } catch (error) {
    ctx.log.warn({ err: error, requestId: request.id }, 'image description failed; the image is listed by name');
    return null;
  }
}
