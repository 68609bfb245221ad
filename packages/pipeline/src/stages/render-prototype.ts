import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSite, type TemplateSpec } from '@statex/templates';
import type { PipelineContext } from '../pipeline-context.ts';
import { PipelineFailure } from '../pipeline-failure.ts';
import type { RequestRow } from '../request-repository.ts';

/**
 * Renders the version's TemplateSpec to static files: written to a scratch directory, then renamed
 * into place, so a reader never sees half a site. Re-running replaces the directory.
 */
export async function renderPrototype(ctx: PipelineContext, request: RequestRow): Promise<void> {
  const specDoc = await ctx.repo.document(request.id, request.version, 'spec');
  if (!specDoc) throw new PipelineFailure('the prototype description is missing', { reason: 'reasonSpecMissing' });
  const spec = JSON.parse(specDoc.content) as TemplateSpec;
  // The footer's prototype line comes from the site catalogue, in the site's language.
  const { files } = renderSite(spec);
  const target = ctx.paths.site(request.id, request.version);
  const scratch = `${target}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    for (const file of files) {
      const destination = path.join(scratch, file.path);
      if (!destination.startsWith(scratch + path.sep)) throw new PipelineFailure(`the renderer produced an unsafe path: ${file.path}`, { reason: 'reasonUnsafePath' });
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.contents);
    }
    await rm(target, { recursive: true, force: true });
    await rename(scratch, target);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function prototypeExists(ctx: PipelineContext, requestId: string, version: number): Promise<boolean> {
  return stat(path.join(ctx.paths.site(requestId, version), 'index.html')).then(
    () => true,
    () => false,
  );
}
