import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { OpsError } from '../ops-errors.ts';
import { freePort } from '../supervisor/free-port.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import { Supervisor } from '../supervisor/supervisor.ts';
import { releaseEntries, type Release } from './release-source.ts';

const run = promisify(execFile);

export interface VersionProcesses {
  /** `services`: N API + M worker processes (needs REDIS_URL); `embedded`: one API process with the worker inline. */
  mode: 'services' | 'embedded';
  api: number;
  workers: number;
}

/**
 * One version of the platform running on a private loopback port, under a Supervisor of its own
 * (restarts, probes, graceful stop), so that two versions can run side by side on one database.
 * PUBLIC_URL and the prototype port keep pointing at the public port the traffic router holds.
 */
export class RunningVersion {
  readonly release: Release;
  readonly port: number;
  readonly supervisor: Supervisor;
  private readonly events: OpsEventLog;

  private constructor(release: Release, port: number, supervisor: Supervisor, events: OpsEventLog) {
    this.release = release;
    this.port = port;
    this.supervisor = supervisor;
    this.events = events;
  }

  get version(): string {
    return this.release.version;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(options: {
    release: Release;
    platformEnv: Record<string, string>;
    publicPort: number;
    dataDir: string;
    processes: VersionProcesses;
    extraEnv?: Record<string, string>;
    readyTimeoutMs: number;
    log: (line: string) => void;
  }): Promise<RunningVersion> {
    const { release, platformEnv, publicPort } = options;
    const port = await freePort();
    const dir = path.join(options.dataDir, 'ops', 'releases', release.version);
    const events = new OpsEventLog({ file: path.join(dir, 'events.jsonl'), log: () => {} });
    await events.open();
    const env: Record<string, string> = {
      ...platformEnv,
      HOST: '127.0.0.1',
      PUBLIC_URL: platformEnv.PUBLIC_URL ?? `http://localhost:${publicPort}`,
      PROTOTYPE_PUBLIC_PORT: platformEnv.PROTOTYPE_PUBLIC_PORT ?? String(publicPort),
      // The router is the peer of every request: believe its X-Forwarded-For so per-IP quotas see customers.
      TRUSTED_PROXIES: platformEnv.TRUSTED_PROXIES ?? '127.0.0.1',
      ...options.extraEnv,
    };
    const supervisor = new Supervisor({
      entries: releaseEntries(release.dir),
      env,
      port,
      ...options.processes,
      events,
      childOutput: { dir: path.join(dir, 'logs') },
      readyTimeoutMs: options.readyTimeoutMs,
    });
    const running = new RunningVersion(release, port, supervisor, events);
    await supervisor.start();
    try {
      await supervisor.waitReady(options.readyTimeoutMs);
    } catch (error) {
      await running.stop('never became ready');
      throw new OpsError('OPS_RELEASE_FAILED', `version ${release.version} did not become ready within ${options.readyTimeoutMs / 1000} s (logs: ${path.join(dir, 'logs')}): ${(error as Error).message.slice(0, 300)}`);
    }
    return running;
  }

  pids(): number[] {
    return this.supervisor
      .status()
      .processes.map((p) => p.pid)
      .filter((pid): pid is number => pid !== null);
  }

  /** SIGTERM to every process: each stops listening, finishes its in-flight requests and jobs, then exits. */
  async stop(reason: string): Promise<void> {
    await this.supervisor.stop(reason);
    await this.events.close();
  }
}

/** Applies a release's committed migrations with that release's own code (its packages/db), as its processes would at start. */
export async function migrateWithRelease(release: Release, databaseUrl: string, platformEnv: Record<string, string>): Promise<void> {
  const db = pathToFileURL(path.join(release.dir, 'packages', 'db', 'src', 'index.ts')).href;
  const script = `const { openDatabase } = await import(${JSON.stringify(db)}); const d = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '.' }); await d.ready; await d.close();`;
  try {
    await run(process.execPath, ['--input-type=module', '-e', script], { cwd: release.dir, env: { ...platformEnv, DATABASE_URL: databaseUrl } as unknown as NodeJS.ProcessEnv, timeout: 5 * 60_000 });
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new OpsError('OPS_RELEASE_FAILED', `migrations of ${release.version} failed: ${(e.stderr || e.message).trim().split('\n').slice(-3).join(' ')}`);
  }
}
