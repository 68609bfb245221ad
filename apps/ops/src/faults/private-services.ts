import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../supervisor/free-port.ts';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';

/** The binaries the fault drills start privately; a missing one means the drills cannot run here. */
export function missingBinaries(): string[] {
  const missing = [`${PG_BIN}/initdb`, `${PG_BIN}/pg_ctl`].filter((p) => !existsSync(p));
  if (!['/usr/bin/redis-server', '/usr/local/bin/redis-server'].some(existsSync)) missing.push('redis-server');
  return missing;
}

const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool as the `postgres` OS user when we are root (the server refuses to run as root). */
function pgTool(tool: string, args: string[]) {
  const command = asRoot ? 'runuser' : `${PG_BIN}/${tool}`;
  const argv = asRoot ? ['-u', 'postgres', '--', `${PG_BIN}/${tool}`, ...args] : args;
  return run(command, argv, { timeout: 60_000 });
}

/**
 * A PostgreSQL cluster of the drill's own (never the machine's shared server, which other test
 * files use): initdb into a temporary directory, trust auth, loopback only, a free port.
 */
export class PrivatePostgres {
  readonly dir: string;
  readonly port: number;
  private constructor(dir: string, port: number) {
    this.dir = dir;
    this.port = port;
  }

  static async create(): Promise<PrivatePostgres> {
    const dir = await mkdtemp(path.join(tmpdir(), 'statex-fault-pg-'));
    if (asRoot) await run('chown', ['-R', 'postgres:postgres', dir]);
    const pgdata = path.join(dir, 'data');
    await pgTool('initdb', ['-D', pgdata, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
    const server = new PrivatePostgres(dir, await freePort());
    await server.start();
    return server;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    await pgTool('pg_ctl', ['-D', path.join(this.dir, 'data'), '-l', path.join(this.dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  }

  /** Fast shutdown: open connections are cut, as in a crash of the database host. */
  async stop(): Promise<void> {
    await pgTool('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    return this.url(name);
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** A redis-server of the drill's own, with no persistence: stopping it loses every queued job, as a real Redis crash may. */
export class PrivateRedis {
  readonly port: number;
  private child: ChildProcess | null = null;
  private constructor(port: number) {
    this.port = port;
  }

  static async create(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    this.child = child;
    for (let i = 0; i < 200; i++) {
      const up = await run('redis-cli', ['-p', String(this.port), 'ping']).then((r) => r.stdout.trim() === 'PONG', () => false);
      if (up) return;
      await sleep(25);
    }
    throw new Error(`private redis-server on ${this.port} did not answer`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
