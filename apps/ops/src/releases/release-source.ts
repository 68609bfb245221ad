import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { OpsError } from '../ops-errors.ts';

const run = promisify(execFile);

/** A version of Statex on disk that can be started: its source tree with installed dependencies. */
export interface Release {
  version: string;
  dir: string;
}

export function releaseEntries(dir: string): { api: string; worker: string } {
  return { api: path.join(dir, 'apps', 'api', 'src', 'main.ts'), worker: path.join(dir, 'apps', 'worker', 'src', 'main.ts') };
}

function checkReleaseDir(dir: string): void {
  for (const needed of [releaseEntries(dir).api, path.join(dir, 'packages', 'db', 'migrations', 'meta', '_journal.json'), path.join(dir, 'node_modules')]) {
    if (!existsSync(needed)) throw new OpsError('OPS_RELEASE_INVALID', `${dir} is not a prepared Statex release: ${path.relative(dir, needed)} is missing.`);
  }
}

/** A directory's version: its git commit (with `-dirty` for uncommitted changes), else its name. */
async function versionOfDir(dir: string): Promise<string> {
  try {
    const { stdout: sha } = await run('git', ['-C', dir, 'rev-parse', '--short=12', 'HEAD']);
    const { stdout: changes } = await run('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no']);
    return `${sha.trim()}${changes.trim() ? '-dirty' : ''}`;
  } catch {
    return path.basename(dir);
  }
}

function runLogged(command: string, args: string[], cwd: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else {
        log(tail);
        reject(new OpsError('OPS_RELEASE_INVALID', `${command} ${args.join(' ')} failed in ${cwd} (exit ${code}).`));
      }
    });
  });
}

/**
 * A release from a directory (used as it is: it must already have node_modules) or from a git
 * ref of `repoDir`: `git archive` of the commit into `<releasesDir>/<sha>`, then `npm ci`. A
 * commit prepared before is reused (the directory is only renamed into place once complete).
 */
export async function prepareRelease(source: string, options: { repoDir: string; releasesDir: string; version?: string; log: (line: string) => void }): Promise<Release> {
  const asDir = path.resolve(source);
  if (existsSync(asDir) && (await stat(asDir)).isDirectory()) {
    checkReleaseDir(asDir);
    return { version: options.version ?? (await versionOfDir(asDir)), dir: asDir };
  }
  let sha: string;
  try {
    sha = (await run('git', ['-C', options.repoDir, 'rev-parse', '--verify', '--quiet', `${source}^{commit}`])).stdout.trim();
  } catch {
    throw new OpsError('OPS_RELEASE_INVALID', `"${source}" is neither a directory nor a git ref of ${options.repoDir}.`);
  }
  const version = options.version ?? sha.slice(0, 12);
  const dir = path.join(options.releasesDir, version);
  if (existsSync(dir)) {
    options.log(`release ${version}: already prepared in ${dir}`);
    return { version, dir };
  }
  const building = `${dir}.partial`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  options.log(`release ${version}: git archive ${sha.slice(0, 12)} → ${dir}`);
  await runLogged('sh', ['-c', `git -C "${options.repoDir}" archive --format=tar ${sha} | tar -x -C "${building}"`], building, options.log);
  options.log(`release ${version}: npm ci (this takes a while)`);
  await runLogged('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], building, options.log);
  await writeFile(path.join(building, '.statex-release'), `${JSON.stringify({ version, commit: sha, preparedAt: new Date().toISOString() })}\n`);
  await rename(building, dir);
  checkReleaseDir(dir);
  return { version, dir };
}
