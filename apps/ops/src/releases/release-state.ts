import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseMetrics } from './validate-release.ts';

/** A version that served (or serves) the public port. */
export interface VersionRecord {
  version: string;
  dir: string;
  activatedAt: string;
  /** Its figures under the probe load: the baseline the next release is judged against. */
  baseline: ReleaseMetrics | null;
  /** The verified backup taken just before this version was deployed (what `rollback --restore-database` restores). */
  backupFile: string | null;
}

export interface ReleaseState {
  current: VersionRecord | null;
  /** Versions that served before, newest first: the targets of `rollback`. */
  history: VersionRecord[];
}

export function releaseStateFile(dataDir: string): string {
  return path.join(dataDir, 'ops', 'releases', 'state.json');
}

export async function readReleaseState(dataDir: string): Promise<ReleaseState> {
  try {
    return JSON.parse(await readFile(releaseStateFile(dataDir), 'utf8')) as ReleaseState;
  } catch {
    return { current: null, history: [] };
  }
}

/** Written to a temporary file and renamed: a crash never leaves half a state. */
export async function writeReleaseState(dataDir: string, state: ReleaseState): Promise<void> {
  const file = releaseStateFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify({ ...state, history: state.history.slice(0, 20) }, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
