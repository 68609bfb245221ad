import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { diffTerms, type Terms } from '@statex/core';
import { documents, notifications, requestFiles, requests } from '@statex/db';
import { EMAIL_MESSAGES } from '@statex/i18n';
import { remindBeforeExpiry } from '@statex/pipeline';
import { and, eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF, startTestPlatform, submit, waitForStage, type TestPlatform } from './test-support/test-platform.ts';

describe('expiry', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform({ env: { PROTOTYPE_TTL: '2s', CLEANUP_INTERVAL: '1h' } });
    // Migrating a fresh embedded database is slow on a busy machine.
  }, 180_000);
  afterAll(async () => platform?.destroy());

  it('after PROTOTYPE_TTL the site, inputs and derived data are deleted and the URL answers 410 in the request’s language', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'short@example.com', name: 'Short Lived', locale: 'cs' }, [{ name: 'notes.txt', content: 'We also need a newsletter signup form.' }]);
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token, ['published', 'failed'], 120_000);
    expect((await platform.app.inject({ url: `/p/${id}/` })).statusCode).toBe(200);
    expect(await platform.runtime.worker!.cleanup()).toBe(0);

    // Embedded mode writes the email to the outbox: one .eml with the text and the HTML part.
    const outbox = path.join(platform.dataDir, 'outbox');
    // The email is written right after the stage turns published.
    let written: string[] = [];
    for (let i = 0; i < 200 && written.length === 0; i += 1) {
      written = await readdir(outbox).catch(() => []);
      if (written.length === 0) await sleep(50);
    }
    const [eml] = written;
    const mail = await simpleParser(await readFile(path.join(outbox, eml!)));
    expect(mail.text).toContain(`/cs/status?id=${id}#token=`);
    expect(mail.html).toMatch(/<html lang="cs" dir="ltr">/);

    await sleep(2_100);
    expect(await platform.runtime.worker!.cleanup()).toBe(1);

    const page = await platform.app.inject({ url: `/p/${id}/` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('<html lang="cs" dir="ltr">');
    expect(page.body).toContain('Platnost tohoto prototypu vypršela');
    const byHost = await platform.app.inject({ url: '/', headers: { host: `r-${id}.localhost` } });
    expect(byHost.statusCode).toBe(410);
    const unknown = await platform.app.inject({ url: `/p/${'x'.repeat(22)}/` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^text\/html/);
    const status = await platform.app.inject({ url: `/api/requests/${id}`, headers: { authorization: `Bearer ${token}` } });
    expect(status.statusCode).toBe(410);
    expect(status.json().error.code).toBe('STX_EXPIRED');

    const db = platform.runtime.database.db;
    const [row] = await db.select().from(requests).where(eq(requests.id, id));
    expect(row).toMatchObject({ brief: null, email: null, name: null });
    expect(await db.select().from(documents).where(eq(documents.requestId, id))).toHaveLength(0);
    expect(await db.select().from(requestFiles).where(eq(requestFiles.requestId, id))).toHaveLength(0);
    expect(await readdir(path.join(platform.dataDir, 'sites'))).not.toContain(id);
  }, 180_000);
});

/** Static pieces of the English email messages: none of them may appear in another language's email. */
const ENGLISH_FRAGMENTS = Object.entries(EMAIL_MESSAGES.en)
  .filter(([key]) => key !== 'brand')
  .flatMap(([, message]) => message.split(/[{}]/))
  .map((fragment) => fragment.trim())
  .filter((fragment) => fragment.length >= 12 && /\s/.test(fragment));

describe('email over SMTP', () => {
  let server: SMTPServer;
  const received: { to: string[]; raw: string; mail: ParsedMail }[] = [];
  let platform: TestPlatform;

  const mailsTo = (address: string) => received.filter((m) => m.to.includes(address));
  async function waitForMail(address: string, count: number): Promise<ParsedMail[]> {
    for (let i = 0; i < 400 && mailsTo(address).length < count; i += 1) await sleep(50);
    return mailsTo(address).map((m) => m.mail);
  }

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (mail) => {
              received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.toString(), mail });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as { port: number }).port;
    platform = await startTestPlatform({ mode: 'services', env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Statex <hello@statex.test>', PUBLIC_URL: 'https://statex.test', QUOTA_PER_IP: '100' } });
  });
  afterAll(async () => {
    await platform?.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the published email in the request’s language, as HTML and text, with a status-page link that opens the request', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'petra@example.com', name: 'Petra', locale: 'cs' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    const [mail] = await waitForMail('petra@example.com', 1);
    expect(mailsTo('petra@example.com')).toHaveLength(1);
    expect(mail?.from?.value[0]?.address).toBe('hello@statex.test');
    expect(mail?.subject).toMatch(/prototyp .*je hotový$/i);
    expect(mail?.html).toMatch(/^<!doctype html>\n<html lang="cs" dir="ltr">/);
    expect(mail?.text).toContain('Dobrý den, Petra,');
    expect(mail?.text).toContain(`http://r-${id}.localhost:8080`);
    for (const fragment of ENGLISH_FRAGMENTS) expect(`${mail?.subject}\n${mail?.text}`).not.toContain(fragment);

    const link = new RegExp(`https://statex\\.test/cs/status\\?id=${id}#token=([\\w-]+)`).exec(mail?.text ?? '');
    expect(link, mail?.text).not.toBeNull();
    expect(mail?.html).toContain(`href="${link![0]}"`);
    const emailed = link![1]!;
    expect(emailed).not.toBe(token);
    // The emailed token opens this request (the status page sends it as a bearer token) and no other.
    expect((await platform.app.inject({ url: `/api/requests/${id}`, headers: { authorization: `Bearer ${emailed}` } })).statusCode).toBe(200);
    expect((await platform.app.inject({ url: `/api/requests/${id}/documents/terms`, headers: { authorization: `Bearer ${emailed}` } })).statusCode).toBe(200);
    expect((await platform.app.inject({ url: `/api/requests/${id}`, headers: { authorization: `Bearer ${emailed}x` } })).statusCode).toBe(403);
    const other = (await submit(platform.app, { brief: BRIEF, email: 'someone@example.com' })).json() as { id: string };
    expect((await platform.app.inject({ url: `/api/requests/${other.id}`, headers: { authorization: `Bearer ${emailed}` } })).statusCode).toBe(403);
  });

  it('writes Arabic emails right to left', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'layla@example.com', locale: 'ar' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    const [mail] = await waitForMail('layla@example.com', 1);
    expect(mail?.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail?.subject).toContain('نموذجك الأولي');
    expect(mail?.text).toContain(`https://statex.test/ar/status?id=${id}#token=`);
    for (const fragment of ENGLISH_FRAGMENTS) expect(`${mail?.subject}\n${mail?.text}`).not.toContain(fragment);
  });

  it('tells what the modification changed: every added, changed and removed requirement by id and text', async () => {
    const res = await submit(platform.app, { brief: BRIEF, email: 'jonas@example.com', locale: 'de' });
    const { id, token } = res.json() as { id: string; token: string };
    await waitForStage(platform.app, id, token);
    await waitForMail('jonas@example.com', 1);
    const change = await platform.app.inject({
      method: 'POST',
      url: `/api/requests/${id}/modifications`,
      headers: { authorization: `Bearer ${token}` },
      payload: { change: 'Bitte fügen Sie eine Seite mit unseren Hochzeitstorten hinzu und entfernen Sie das Kontaktformular.' },
    });
    expect(change.statusCode, change.body).toBe(202);
    await sleep(200);
    await waitForStage(platform.app, id, token, ['published']);
    const mails = await waitForMail('jonas@example.com', 2);
    const modified = mails[1];
    expect(modified?.subject).toMatch(/^Version 2 .* ist online$/);
    expect(modified?.html).toMatch(/<html lang="de" dir="ltr">/);

    const terms = async (version: number) => JSON.parse((await platform.runtime.pipeline.repo.document(id, version, 'terms-json'))!.content) as Terms;
    const diff = diffTerms(await terms(1), await terms(2));
    const text = modified?.text ?? '';
    for (const r of diff.added) expect(text).toContain(`- ${r.id} ${r.text}`);
    for (const c of diff.changed) expect(text).toContain(`- ${c.id} ${c.after.text}`);
    for (const r of diff.removed) expect(text).toContain(`- ${r.id} ${r.text}`);
    if (diff.added.length > 0) expect(text).toContain('Hinzugefügt');
    if (diff.added.length + diff.changed.length + diff.removed.length === 0) expect(text).toContain('Keine Anforderung hat sich geändert');
    expect(text).toContain('Das war Ihre eine Änderung.');
  });

  it('reminds once, shortly before expiry, and only the owners of prototypes about to expire', async () => {
    const db = platform.runtime.database.db;
    const soon = (await submit(platform.app, { brief: BRIEF, email: 'soon@example.com', locale: 'cs' })).json() as { id: string; token: string };
    const later = (await submit(platform.app, { brief: BRIEF, email: 'later@example.com', locale: 'cs' })).json() as { id: string; token: string };
    await waitForStage(platform.app, soon.id, soon.token);
    await waitForStage(platform.app, later.id, later.token);
    const [row] = await db.select({ expiresAt: requests.expiresAt }).from(requests).where(eq(requests.id, soon.id));
    const expiresAt = row!.expiresAt!;
    // Every other request of this suite expires well after the moment simulated here.
    await db.update(requests).set({ expiresAt: new Date(expiresAt.getTime() + 10 * 24 * 3600_000) }).where(and(eq(requests.stage, 'published')));
    await db.update(requests).set({ expiresAt }).where(eq(requests.id, soon.id));

    expect(await remindBeforeExpiry(platform.runtime.pipeline, new Date(expiresAt.getTime() - 49 * 3600_000))).toBe(0);
    const now = new Date(expiresAt.getTime() - 47 * 3600_000);
    expect(await remindBeforeExpiry(platform.runtime.pipeline, now)).toBe(1);
    expect(await remindBeforeExpiry(platform.runtime.pipeline, new Date(now.getTime() + 3600_000))).toBe(0);
    const mails = await waitForMail('soon@example.com', 2);
    await sleep(300);
    expect(mailsTo('soon@example.com')).toHaveLength(2);
    expect(mailsTo('later@example.com')).toHaveLength(1);
    const reminder = mails[1];
    expect(reminder?.subject).toMatch(/prototyp .*smažeme/i);
    expect(reminder?.text).toContain(`/cs/status?id=${soon.id}#token=`);
    expect(reminder?.html).toBeTruthy();
    const rows = await db.select().from(notifications).where(and(eq(notifications.requestId, soon.id), eq(notifications.kind, 'expiry-reminder')));
    expect(rows.map((r) => r.status)).toEqual(['sent']);
  });
});
