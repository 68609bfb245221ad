import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib } from 'node:zlib';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@statex/config';

/**
 * Builds the static export (apps/web/out) when it is missing or stale, so `npm start` on a fresh
 * clone serves the web app without a separate build command. "Stale" = the hash of the web app's
 * sources, the templates package, the lockfile and the public origin differs from the one
 * recorded by the last successful build. One build at a time (a lock directory), and the
 * inline-script hashes for the pages' Content-Security-Policy are recorded and Brotli copies of
 * the text files written after each build.
 */
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(WEB_DIR, 'out');
const REPO = path.resolve(WEB_DIR, '../..');
const STAMP = path.join(OUT_DIR, '.source-hash');
const LOCK = path.join(WEB_DIR, '.build-lock');
export const CSP_MANIFEST = path.join(OUT_DIR, '.script-hashes.json');

const INPUTS = ['apps/web/src', 'apps/web/scripts', 'apps/web/messages', 'apps/web/public', 'apps/web/next.config.ts', 'apps/web/postcss.config.mjs', 'apps/web/package.json', 'packages/templates/src', 'packages/core/src', 'package-lock.json'];

async function* filesUnder(target: string): AsyncGenerator<string> {
  const info = await stat(target).catch(() => null);
  if (!info) return;
  if (info.isFile()) return yield target;
  for (const entry of (await readdir(target)).sort()) yield* filesUnder(path.join(target, entry));
}

export async function sourceHash(origin: string): Promise<string> {
  const hash = createHash('sha256').update(origin);
  for (const input of INPUTS) {
    for await (const file of filesUnder(path.join(REPO, input))) {
      if (file.endsWith('.test.ts')) continue;
      hash.update(path.relative(REPO, file)).update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

export async function isFresh(origin: string): Promise<boolean> {
  const recorded = await readFile(STAMP, 'utf8').catch(() => null);
  return recorded !== null && recorded === (await sourceHash(origin));
}

/** The home pages (`<locale>.html`, `<locale>/variants/b.html`): static template sections. */
const HOME_PAGE = /^[a-z]{2}(\/variants\/[a-z])?\.html$/;

/**
 * Home pages ship without the React runtime: their content is server-rendered template sections
 * that hydration would only re-create, and ~115 KB of framework JS is what kept the first load slow
 * on a phone. public/home.js does their few interactive parts (language, theme, service worker, AB
 * exposure). App Router has no per-page "no JS" switch, hence this step after the export.
 */
async function stripHomeRuntime(): Promise<void> {
  for await (const file of filesUnder(OUT_DIR)) {
    if (!HOME_PAGE.test(path.relative(OUT_DIR, file).split(path.sep).join('/'))) continue;
    const html = (await readFile(file, 'utf8'))
      // Framework scripts, the RSC payload and the bundler's bootstrap; the theme boot and JSON-LD stay.
      .replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, body: string) =>
        /src="\/_next\//.test(attributes) || /__next_f|TURBOPACK/.test(body) ? '' : tag,
      )
      .replace(/<link rel="preload" as="script"[^>]*\/?>/g, '')
      .replace('</body>', '<script src="/home.js" defer=""></script></body>');
    await writeFile(file, html);
  }
}

/** sha256 of every inline <script> per HTML file, for a CSP without 'unsafe-inline'. */
async function recordScriptHashes(): Promise<void> {
  const manifest: Record<string, string[]> = {};
  for await (const file of filesUnder(OUT_DIR)) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(file, 'utf8');
    const hashes = new Set<string>();
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(ld\+)?json"/.test(match[1] ?? '')) continue;
      hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '').digest('base64')}'`);
    }
    manifest[`/${path.relative(OUT_DIR, file)}`] = [...hashes];
  }
  await writeFile(CSP_MANIFEST, JSON.stringify(manifest));
}

const COMPRESSIBLE = /\.(js|css|html|txt|svg|json|xml|webmanifest)$/;
const brotli = promisify(brotliCompress);

/** `<file>.br` next to every text file worth compressing, served by the API when the browser accepts br. */
async function precompress(): Promise<void> {
  for await (const file of filesUnder(OUT_DIR)) {
    if (!COMPRESSIBLE.test(file) || path.basename(file).startsWith('.')) continue;
    const contents = await readFile(file);
    if (contents.length < 1024) continue;
    // Immutable assets are compressed once per build and served for a year: worth the best quality.
    const quality = file.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 11 : 8;
    await writeFile(`${file}.br`, await brotli(contents, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: contents.length } }));
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number.parseInt(await readFile(path.join(LOCK, 'pid'), 'utf8').catch(() => '0'), 10);
      // A lock left by a dead process (or a lock dir whose pid is not written yet) is cleared.
      if (holder && !alive(holder)) await rm(LOCK, { recursive: true, force: true });
      else await sleep(1000);
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Builds if stale; resolves to 'fresh' | 'built'. `log` receives progress lines. */
export async function ensureWebBuild(origin: string, log: (line: string) => void = () => undefined): Promise<'fresh' | 'built'> {
  if (await isFresh(origin)) return 'fresh';
  return withLock(async () => {
    if (await isFresh(origin)) return 'fresh';
    log('building the web app (Next.js static export); the API answers meanwhile');
    const started = Date.now();
    const nextBin = path.join(REPO, 'node_modules/next/dist/bin/next');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [nextBin, 'build'], {
        cwd: WEB_DIR,
        // NEXT_PUBLIC_SITE_ORIGIN is inlined into canonical URLs, hreflang and the sitemap.
        env: { ...process.env, NEXT_PUBLIC_SITE_ORIGIN: origin, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`))));
    });
    await stripHomeRuntime();
    await recordScriptHashes();
    await precompress();
    await writeFile(STAMP, await sourceHash(origin));
    log(`web app built in ${Math.round((Date.now() - started) / 1000)} s`);
    return 'built';
  });
}

// `node apps/web/scripts/web-build.ts [origin]`: build now if stale. `npm start` runs it in the
// background next to the API, so a fresh clone answers /health at once and `/` once the build is done.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const origin = process.argv[2] ?? loadConfigOrExit().publicUrl;
  ensureWebBuild(origin, (line) => console.log(`web: ${line}`)).then(
    (result) => result === 'built' && console.log('web: ready'),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
