/**
 * Runs the rendered nginx configurations on this machine, unprivileged-style: every path under
 * one temporary prefix, loopback ports, a self-signed certificate made on the fly. Used by
 * `deploy/validate.ts` (nginx -t), the integration test and the benchmark.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderNginx, writeRendered, type RenderedFile } from '../render.ts';
import type { DeepPartial, NginxSettings } from '../topology.ts';

/** The nginx binary: on PATH, or Debian's /usr/sbin/nginx (not on a non-root PATH). */
export function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** A self-signed certificate (EC P-256) for `names`, e.g. `app.test` and `*.proto.test`. */
export function makeSelfSignedCertificate(dir: string, names: string[]): { certificate: string; key: string } {
  mkdirSync(dir, { recursive: true });
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const result = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${names[0]}`, '-addext', `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}`, '-keyout', key, '-out', certificate],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a certificate: ${result.error?.message ?? result.stderr}`);
  return { certificate, key };
}

/** Free TCP ports on 127.0.0.1 (asked of the kernel, then released). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * Settings for running every role here under `prefix`: temp/pid directories, logs off,
 * the certificate given, no `user` switch unless the master runs as root (then workers stay root
 * so they can read the test's private directories).
 */
export function localOverrides(prefix: string, certificate: { certificate: string; key: string }): DeepPartial<NginxSettings> {
  const runtime = path.join(prefix, 'run');
  mkdirSync(runtime, { recursive: true });
  return {
    paths: {
      certificate: certificate.certificate,
      certificateKey: certificate.key,
      trustedCertificate: certificate.certificate,
      acmeWebroot: path.join(prefix, 'acme'),
      runtime,
      accessLog: 'off',
      errorLog: path.join(prefix, 'error.log'),
    },
    resolvers: ['127.0.0.1'],
    trustedProxies: ['127.0.0.1'],
    user: process.getuid?.() === 0 ? userInfo().username : null,
    workerProcesses: 1,
    workerConnections: 4096,
  };
}

/** Renders for the local nginx into `dir`, creating each role's runtime directory. */
export function renderLocally(settings: NginxSettings, nginxVersion: string, dir: string): RenderedFile[] {
  const files = renderNginx(settings, nginxVersion);
  writeRendered(files, dir);
  for (const f of files) mkdirSync(path.join(settings.paths.runtime, f.role), { recursive: true });
  mkdirSync(settings.paths.acmeWebroot, { recursive: true });
  return files;
}

/** `nginx -t -c file`: ok, and nginx's own words (warnings included). */
export function testConfiguration(nginx: string, file: string): { ok: boolean; output: string } {
  const result = spawnSync(nginx, ['-t', '-q', '-c', file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export interface RunningNginx {
  process: ChildProcess;
  stop(): Promise<void>;
}

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx in the foreground (a child of this process) and waits until `ports` accept connections. */
export async function startNginx(nginx: string, file: string, ports: number[], timeoutMs = 10_000): Promise<RunningNginx> {
  const child = spawn(nginx, ['-c', file, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGQUIT: graceful shutdown; SIGKILL if it lingers.
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx (${file}) exited with ${child.exitCode}: ${stderr.trim()}`);
    const open = await Promise.all(ports.map(portOpen));
    if (open.every(Boolean)) return { process: child, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx (${file}) did not open ports ${ports.join(', ')} within ${timeoutMs} ms: ${stderr.trim()}`);
    }
    await sleep(50);
  }
}

