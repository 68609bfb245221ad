import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { issueLink } from '@statex/pipeline';
import { postgresAvailable } from '@statex/db/testing';
import { redisAvailable } from '@statex/queue/testing';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIEF, multipart, startTestPlatform, waitForStage, type Mode, type TestPlatform } from './test-support/test-platform.ts';

const ADMIN_TOKEN = 'erasure-test-operator-token-0123456789';
const servicesUp = (await postgresAvailable()) && (await redisAvailable());

/** Distinctive words per run, so a hit can only come from this test's request. */
function person(tag: string) {
  const mark = `${tag}${Math.random().toString(36).slice(2, 8)}`;
  const email = `quillfeather.${mark}@example.org`;
  return {
    email,
    name: `Ottoline Brackwater ${mark}`,
    briefMark: `Vexillology${mark}Atelier`,
    fileMark: `Pomegranate${mark}Ledger`,
    brief: `${BRIEF} Our studio is called Vexillology${tag}Atelier and we sell hand-sewn flags.`.replace(`Vexillology${tag}Atelier`, `Vexillology${mark}Atelier`),
    fileText: `Extra notes: the catalogue code is Pomegranate${mark}Ledger and the shop needs a flag gallery.\n`,
  };
}

/** What must not be found: the texts, the address, and the address's old unsalted SHA-256 (hex, base64, base64url). */
function needles(p: ReturnType<typeof person>, withBrief = true): string[] {
  const sha = createHash('sha256').update(p.email).digest();
  return [
    ...(withBrief ? [p.briefMark, p.email, p.name, sha.toString('hex'), sha.toString('hex').slice(0, 40), sha.toString('base64'), sha.toString('base64url')] : []),
    p.fileMark,
  ];
}

/** Every file under `dir` (database files, WAL, outbox, uploads, sites, logs) that contains a needle. */
async function findInFiles(dir: string, wanted: string[]): Promise<string[]> {
  const hits: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = (await readFile(file).catch(() => Buffer.alloc(0))).toString('latin1').toLowerCase();
    for (const needle of wanted) if (content.includes(needle.toLowerCase())) hits.push(`${path.relative(dir, file)}: ${needle}`);
  }
  return hits;
}

/** Services mode: every row of every table, as text, that contains a needle. */
async function findInTables(platform: TestPlatform, wanted: string[]): Promise<string[]> {
  const db = platform.runtime.database.db;
  const result = await db.execute(sql`select tablename from pg_tables where schemaname = current_schema()`);
  const tables = ((Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { tablename: string }[]).map((r) => r.tablename);
  const hits: string[] = [];
  for (const table of tables) {
    const rows = await db.execute(sql`select t::text as row from ${sql.identifier(table)} t`);
    for (const { row } of ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { row: string }[])) {
      for (const needle of wanted) if (row.toLowerCase().includes(needle.toLowerCase())) hits.push(`${table}: ${needle}`);
    }
  }
  return hits;
}

async function send(platform: TestPlatform, p: ReturnType<typeof person>, privacy: 'standard' | 'enhanced', headers: Record<string, string> = {}) {
  const body = await multipart({ brief: p.brief, email: p.email, name: p.name, privacy }, [{ name: 'notes.txt', content: p.fileText, type: 'text/plain' }]);
  const res = await platform.app.inject({ method: 'POST', url: '/api/requests', payload: body.payload, headers: { ...body.headers, ...headers } });
  expect(res.statusCode, res.body).toBe(202);
  const sent = res.json() as { id: string; token: string };
  expect((await waitForStage(platform.app, sent.id, sent.token, ['published', 'failed'], 60_000)).stage).toBe('published');
  return sent;
}

const modes: Mode[] = servicesUp ? ['embedded', 'services'] : ['embedded'];

// Whole platforms publishing real requests: slow on a loaded machine.
describe.each(modes)('nothing readable after erasure (%s)', { timeout: 180_000 }, (mode) => {
  let platform: TestPlatform | undefined;
  afterEach(async () => {
    await platform?.destroy();
    platform = undefined;
  });

  const search = async (p: TestPlatform, wanted: string[]) => [...(await findInFiles(p.dataDir, wanted)), ...(mode === 'services' ? await findInTables(p, wanted) : [])];

  it('stores the brief, contact and file text sealed, and after an admin deletion finds none of it in any file', async () => {
    platform = await startTestPlatform({ mode, env: { OPS_ADMIN_TOKEN: ADMIN_TOKEN } });
    const p = person('adm');
    const sent = await send(platform, p, 'enhanced');
    // Before erasure the owner still reads it (sealed, not lost) …
    const terms = await platform.app.inject({ method: 'GET', url: `/api/requests/${sent.id}/documents/terms`, headers: { authorization: `Bearer ${sent.token}` } });
    expect(terms.statusCode).toBe(200);
    // … but no row of the database holds the texts or the address in clear — except one-time links
    // (auth_tokens), which carry the address they were sent to until they expire or are erased.
    if (mode === 'services') expect((await findInTables(platform, needles(p))).filter((hit) => !hit.startsWith('auth_tokens:'))).toEqual([]);
    const deleted = await platform.app.inject({ method: 'DELETE', url: `/api/admin/requests/${sent.id}`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect(await search(platform, needles(p))).toEqual([]);
  });

  it('account erasure leaves none of it in any file', async () => {
    platform = await startTestPlatform({ mode });
    const p = person('acc');
    const link = await issueLink(platform.runtime.database.db, 'sign-in', p.email, 60_000);
    const signedIn = await platform.app.inject({ method: 'GET', url: `/api/auth/magic-link/verify?token=${link.token}` });
    const cookie = `statex_session=${signedIn.cookies.find((c) => c.name === 'statex_session')!.value}`;
    const csrf = async () => ((await platform!.app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } })).json() as { token: string }).token;
    await send(platform, p, 'enhanced', { cookie, 'x-csrf-token': await csrf() });
    const erased = await platform.app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie, 'x-csrf-token': await csrf() } });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(await search(platform, needles(p))).toEqual([]);
  });

  it('standard privacy: once published, the text read from the file is in no file of the database', async () => {
    platform = await startTestPlatform({ mode });
    const p = person('std');
    await send(platform, p, 'standard');
    // The published site may quote what it was asked to show; the database and uploads may not keep the file's text.
    const dbDir = mode === 'embedded' ? path.join(platform.dataDir, 'db') : null;
    const hits = [
      ...(dbDir ? await findInFiles(dbDir, needles(p, false)) : await findInTables(platform, needles(p, false))),
      ...(await findInFiles(path.join(platform.dataDir, 'uploads'), needles(p, false)).catch(() => [])),
    ];
    expect(hits).toEqual([]);
  });
});
