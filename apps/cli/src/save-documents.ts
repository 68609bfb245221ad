import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StatexClient } from './api-client.ts';
import type { DocumentKind, RequestStatus } from './api-types.ts';
import { InputError } from './cli-errors.ts';

export interface SavedDocuments {
  dir: string;
  terms: string;
  plan: string;
  /** Only after the modification. */
  termsDiff?: string;
}

/**
 * Downloads the published version's documents to `<outDir>/statex-<id>/`: `terms.md` and
 * `plan.md` for version 1; `terms-v2.md`, `plan-v2.md` and `terms-diff.md` for version 2, so the
 * first version's files stay next to the second's.
 */
export async function saveDocuments(client: StatexClient, token: string, status: RequestStatus, outDir: string): Promise<SavedDocuments> {
  const version = status.prototype?.version ?? status.version;
  const dir = path.join(path.resolve(outDir), `statex-${status.id}`);
  await mkdir(dir, { recursive: true });
  const suffix = version > 1 ? `-v${version}` : '';
  const save = async (kind: DocumentKind, fileName: string) => {
    const file = path.join(dir, fileName);
    await writeFile(file, await client.document(status.id, token, kind, version));
    return file;
  };
  const [terms, plan] = await Promise.all([save('terms', `terms${suffix}.md`), save('plan', `plan${suffix}.md`)]);
  if (version > 1 && status.documents.termsDiff) return { dir, terms, plan, termsDiff: await save('terms-diff', 'terms-diff.md') };
  return { dir, terms, plan };
}

/**
 * Makes sure the documents can be written before anything is sent, so a long wait does not end
 * in a failed write.
 */
export async function ensureOutDir(outDir: string): Promise<void> {
  const dir = path.resolve(outDir);
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new InputError([`--out ${outDir}: the documents cannot be written there (${code}). Choose another folder.`]);
  }
}
