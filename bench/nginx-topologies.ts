/**
 * What each nginx hop costs, measured with wrk (a separate process) on loopback:
 *
 *   API      GET /health — Fastify direct · through the consolidated nginx · through the four-role chain
 *   static   a prototype page — nginx's static role (by subdomain) · nginx serving the same file bare
 *
 * Prints requests/s, latency and the ratios against their targets (static ≥ 0.9 × bare nginx;
 * consolidated ≥ 0.45 × direct), then recommends a production topology from the figures.
 *
 *   node bench/nginx-topologies.ts [--duration 8] [--connections 32]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from '@statex/api/test-support';
import { findNginx, freePorts, localOverrides, makeSelfSignedCertificate, renderLocally, startNginx, type RunningNginx } from '../deploy/nginx/local-nginx.ts';
import { detectNginxVersion } from '../deploy/render.ts';
import { settingsFor, withOverrides } from '../deploy/topology.ts';

const WRK = '/usr/bin/wrk';
const APP = 'statex.bench';
const PROTOTYPES = 'proto.statex.bench';

interface Figure {
  name: string;
  rps: number;
  p50: string;
  p99: string;
  errors: number;
}

/** wrk runs as its own process (one thread) for a bounded time against a loopback URL only. */
async function wrk(name: string, url: string, options: { host?: string; seconds: number; connections: number }): Promise<Figure> {
  if (!/^https?:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`loopback only: ${url}`);
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '5s', '--latency', ...(options.host ? ['-H', `Host: ${options.host}`] : []), url];
  // Warm up keepalive connections and caches, then measure.
  spawnSync(WRK, ['-t1', `-c${options.connections}`, '-d1s', ...(options.host ? ['-H', `Host: ${options.host}`] : []), url], { timeout: 10_000 });
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 15) * 1000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else reject(new Error(`wrk exited ${code}: ${text}`));
    });
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const p50 = /\s50%\s+(\S+)/.exec(output)?.[1] ?? '?';
  const p99 = /\s99%\s+(\S+)/.exec(output)?.[1] ?? '?';
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0);
  return { name, rps, p50, p99, errors };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { duration: { type: 'string', default: '8' }, connections: { type: 'string', default: '32' } } });
  const seconds = Math.min(30, Math.max(2, Number(values.duration)));
  const connections = Math.min(256, Math.max(1, Number(values.connections)));
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed (apt-get install nginx)');
  if (!existsSync(WRK)) throw new Error('wrk is not installed (apt-get install wrk)');

  const prefix = await mkdtemp(path.join(tmpdir(), 'statex-bench-nginx-'));
  const running: RunningNginx[] = [];
  let platform: TestPlatform | undefined;
  try {
    // The API's per-IP rate limit would answer most of the load with 429s: lift it for the measurement.
    platform = await startTestPlatform({ env: { PROTOTYPE_DOMAIN: PROTOTYPES, RATE_LIMIT_MAX: '1000000000' } });
    const res = await submit(platform.app, { brief: BRIEF, email: 'bench@sunrise.example' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    const sites = path.join(platform.dataDir, 'sites');
    const site = path.join(sites, id);
    if (!existsSync(path.join(site, 'current'))) await symlink('v1', path.join(site, 'current'));
    const siteDir = path.join(site, await readlink(path.join(site, 'current')));
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const apiPort = (platform.app.server.address() as { port: number }).port;

    const [http, https, lb, staticRole, apiProxy, soloHttp, soloHttps, bare] = (await freePorts(8)) as [number, number, number, number, number, number, number, number];
    const certificate = makeSelfSignedCertificate(path.join(prefix, 'tls'), [APP, `*.${PROTOTYPES}`]);
    const version = detectNginxVersion(nginx);
    const settings = (h: number, s: number) =>
      withOverrides(settingsFor({ target: 'host', overrides: localOverrides(prefix, certificate) }), {
        domains: { app: APP, prototypes: PROTOTYPES },
        listen: { address: '127.0.0.1', http: h, https: s, lb, static: staticRole, apiProxy },
        upstreams: { api: [`127.0.0.1:${apiPort}`], web: [], lb: [`127.0.0.1:${lb}`], static: [`127.0.0.1:${staticRole}`], apiProxy: [`127.0.0.1:${apiProxy}`] },
        paths: { sites },
        // As in production: one worker per core.
        workerProcesses: 'auto',
      });
    const chain = settings(http, https);
    renderLocally(chain, version, path.join(prefix, 'chain'));
    renderLocally(settings(soloHttp, soloHttps), version, path.join(prefix, 'solo'));
    // The baseline: the same nginx, one worker, serving the same directory with nothing else.
    const bareConf = path.join(prefix, 'bare.conf');
    await writeFile(
      bareConf,
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes auto;\npid ${prefix}/run/bare.pid;\nerror_log ${prefix}/error.log warn;\nevents { worker_connections 4096; }\nhttp {\n  types { text/html html; text/css css; application/javascript js; }\n  access_log off;\n  sendfile on;\n  keepalive_requests 10000;\n  client_body_temp_path ${prefix}/run/bare-body;\n  proxy_temp_path ${prefix}/run/bare-proxy;\n  fastcgi_temp_path ${prefix}/run/bare-fastcgi;\n  uwsgi_temp_path ${prefix}/run/bare-uwsgi;\n  scgi_temp_path ${prefix}/run/bare-scgi;\n  server { listen 127.0.0.1:${bare}; root ${siteDir}; }\n}\n`,
    );
    const conf = (dir: string, file: string) => path.join(prefix, dir, file);
    running.push(await startNginx(nginx, conf('chain', 'chain/api-proxy.conf'), [apiProxy]));
    running.push(await startNginx(nginx, conf('chain', 'chain/static.conf'), [staticRole]));
    running.push(await startNginx(nginx, conf('chain', 'chain/lb.conf'), [lb]));
    running.push(await startNginx(nginx, conf('chain', 'chain/tls.conf'), [http, https]));
    running.push(await startNginx(nginx, conf('solo', 'consolidated.conf'), [soloHttp, soloHttps]));
    running.push(await startNginx(nginx, bareConf, [bare]));

    const host = `r-${id}.${PROTOTYPES}`;
    const run = { seconds, connections };
    console.log(`nginx ${version}, wrk -t1 -c${connections} -d${seconds}s, ${process.arch}, ${(await import('node:os')).cpus().length} cores; every nginx with one worker per core; best of 2 interleaved rounds\n`);
    const cases: [string, string, { host?: string }][] = [
      ['API /health — Fastify direct (HTTP)', `http://127.0.0.1:${apiPort}/health`, {}],
      ['API /health — consolidated nginx (HTTPS)', `https://127.0.0.1:${soloHttps}/health`, { host: APP }],
      ['API /health — four-role chain (HTTPS → lb → api-proxy)', `https://127.0.0.1:${https}/health`, { host: APP }],
      ['API /health — api-proxy role alone (HTTP)', `http://127.0.0.1:${apiProxy}/health`, {}],
      ['prototype page — bare nginx (HTTP)', `http://127.0.0.1:${bare}/`, {}],
      ['prototype page — static role by subdomain (HTTP)', `http://127.0.0.1:${staticRole}/`, { host }],
      ['prototype page — consolidated nginx (HTTPS)', `https://127.0.0.1:${soloHttps}/`, { host }],
      ['prototype page — four-role chain (HTTPS → lb → static)', `https://127.0.0.1:${https}/`, { host }],
    ];
    // This machine is shared: interleave two rounds and keep each case's better one.
    const best = new Map<string, Figure>();
    for (let round = 0; round < 2; round++) {
      for (const [name, url, extra] of cases) {
        const figure = await wrk(name, url, { ...run, ...extra });
        const previous = best.get(name);
        if (!previous || figure.rps > previous.rps) best.set(name, figure);
      }
    }
    const figures = cases.map(([name]) => best.get(name) as Figure);
    const width = Math.max(...figures.map((f) => f.name.length));
    console.log(`${'case'.padEnd(width)}  ${'req/s'.padStart(9)}  ${'p50'.padStart(8)}  ${'p99'.padStart(8)}  errors`);
    for (const f of figures) console.log(`${f.name.padEnd(width)}  ${f.rps.toFixed(0).padStart(9)}  ${f.p50.padStart(8)}  ${f.p99.padStart(8)}  ${f.errors}`);
    const [direct, solo, chained, proxyAlone, bareFile, staticFile, soloFile, chainFile] = figures as [Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure];
    const ratio = (a: Figure, b: Figure) => a.rps / b.rps;
    const line = (label: string, value: number, target?: number) =>
      console.log(`  ${label.padEnd(58)} ${value.toFixed(2)}${target === undefined ? '' : `  (target ≥ ${target}: ${value >= target ? 'met' : 'MISSED'})`}`);
    console.log('\nratios');
    line('static role / bare nginx', ratio(staticFile, bareFile), 0.9);
    line('consolidated proxy / Fastify direct', ratio(solo, direct), 0.45);
    line('four-role chain proxy / Fastify direct', ratio(chained, direct));
    line('four-role chain / consolidated (API)', ratio(chained, solo));
    line('four-role chain / consolidated (prototype page)', ratio(chainFile, soloFile));
    line('api-proxy role alone / Fastify direct', ratio(proxyAlone, direct));

    const pages = ratio(chainFile, soloFile);
    const api = ratio(chained, solo);
    console.log('\nrecommendation');
    console.log(
      Math.min(pages, api) < 0.9
        ? `  Production: the consolidated topology — one nginx per host doing TLS, balancing, sites and the API proxy.\n  On the same cores the four-role chain delivers ${(100 * pages).toFixed(0)}% of its prototype-page throughput and ${(100 * api).toFixed(0)}% of its API throughput:\n  every extra hop is paid in CPU. Split roles onto their own machines only when one role outgrows a host.`
        : `  The chain keeps ≥ 90% of the consolidated throughput (pages ${(100 * pages).toFixed(0)}%, API ${(100 * api).toFixed(0)}%): prefer consolidated anyway, for fewer moving parts.`,
    );
  } finally {
    await Promise.all(running.map((n) => n.stop()));
    await platform?.destroy();
    await rm(prefix, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
