import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { BackupResult, VerifyResult } from './postgres-backup.ts';
import { compareCounts, countRows } from './row-counts.ts';

/**
 * Embedded mode: a gzipped tarball of PGlite's data directory (`dumpDataDir`). PGlite is one
 * process's database, so `db` must be the instance that owns it (or the platform must be stopped
 * and the directory opened here).
 */
export async function backupPglite(db: PGlite, file: string): Promise<BackupResult> {
  await mkdir(path.dirname(file), { recursive: true });
  const counts = await countRows(db);
  const dump = await db.dumpDataDir('gzip');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return { file, bytes: (await stat(file)).size, counts };
}

/** Opens the dump as a throwaway in-memory database (`loadDataDir`) and compares row counts per table. */
export async function verifyPgliteBackup(backup: BackupResult): Promise<VerifyResult> {
  const scratch = await PGlite.create({ loadDataDir: new Blob([await readFile(backup.file)]) });
  try {
    const restored = await countRows(scratch);
    const differences = compareCounts(backup.counts, restored);
    return { ok: differences.length === 0, scratchDatabase: 'memory://', tables: Object.keys(restored).length, rows: Object.values(restored).reduce((a, b) => a + b, 0), differences };
  } finally {
    await scratch.close();
  }
}

/** Loads a dump into a PGlite data directory (`dataDir/db` of a stopped platform, or any path). */
export async function restorePglite(file: string, targetDir: string): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  const db = await PGlite.create(targetDir, { loadDataDir: new Blob([await readFile(file)]) });
  await db.close();
}
