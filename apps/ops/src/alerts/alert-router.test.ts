import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlatformMonitor, type Observation } from '../monitoring/platform-monitor.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import { AlertRouter, parseAlertRoutes, type AlertNotice } from './alert-router.ts';

let webhook: Server;
let webhookUrl = '';
const posted: AlertNotice[] = [];
let smtp: SMTPServer;
let smtpPort = 0;
const mails: string[] = [];

beforeAll(async () => {
  webhook = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      posted.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as AlertNotice);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hooks/ops`;
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, done) => {
      let text = '';
      stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
      stream.on('end', () => {
        mails.push(text);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => webhook.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

function router(routes = 'critical=log,console,webhook,email;warning=log,webhook;info=log') {
  const events = new OpsEventLog({ log: () => {} });
  const consoleLines: string[] = [];
  const r = new AlertRouter({ routes: parseAlertRoutes(routes), events, console: (l) => consoleLines.push(l), webhookUrl, smtpUrl: `smtp://127.0.0.1:${smtpPort}`, emailTo: 'ops@example.com' });
  return { r, events, consoleLines };
}

describe('AlertRouter', () => {
  it('routes a critical alert to log, console, webhook and email, once, then a recovery notice', async () => {
    posted.length = 0;
    mails.length = 0;
    const { r, events, consoleLines } = router();
    const alert = { key: 'disk-full', severity: 'critical' as const, title: 'Disk full in 1.5 h', detail: 'data disk 97 % used' };
    expect(await r.raise(alert)).toBe(true);
    expect(await r.raise(alert)).toBe(false); // de-duplicated while firing
    expect(await r.raise({ ...alert, severity: 'warning' })).toBe(false); // a lower severity neither
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ key: 'disk-full', severity: 'critical', status: 'firing', title: 'Disk full in 1.5 h' });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('Subject: [statex] CRITICAL: Disk full in 1.5 h');
    expect(consoleLines).toEqual(['[statex-ops] CRITICAL: Disk full in 1.5 h — data disk 97 % used\n']);
    expect(events.recent(10, 'alert')).toHaveLength(1);

    expect(await r.resolve('disk-full', 'space freed')).toBe(true);
    expect(await r.resolve('disk-full', 'again')).toBe(false);
    expect(posted.map((p) => p.status)).toEqual(['firing', 'recovered']);
    expect(posted[1]?.detail).toBe('space freed');
    expect(mails[1]).toContain('RECOVERED: Disk full in 1.5 h');
    expect(events.recent(10, 'alert-recovered')).toHaveLength(1);
    r.close();
  });

  it('sends warnings only where routed; a raised severity is sent again', async () => {
    posted.length = 0;
    mails.length = 0;
    const { r } = router();
    await r.raise({ key: 'error-rate', severity: 'warning', title: 'error rate unusual', detail: '2 %' });
    expect(posted).toHaveLength(1);
    expect(mails).toHaveLength(0);
    await r.raise({ key: 'error-rate', severity: 'critical', title: 'error rate above 5 %', detail: '9 %' });
    expect(posted).toHaveLength(2);
    expect(mails).toHaveLength(1);
    r.close();
  });

  it('a failing channel is recorded, the others still deliver', async () => {
    const events = new OpsEventLog({ log: () => {} });
    const r = new AlertRouter({ routes: parseAlertRoutes('critical=log,webhook'), events, webhookUrl: 'http://127.0.0.1:1/nowhere' });
    await r.raise({ key: 'x', severity: 'critical', title: 't', detail: 'd' });
    expect(r.failures.map((f) => f.channel)).toEqual(['webhook']);
    expect(events.recent(10, 'alert')).toHaveLength(1);
    expect(events.recent(10, 'alert-delivery-failed')).toHaveLength(1);
  });

  it('refuses unknown severities and channels in the routes setting', () => {
    expect(() => parseAlertRoutes('urgent=log')).toThrow(/unknown severity/);
    expect(() => parseAlertRoutes('critical=pager')).toThrow(/unknown channel/);
  });
});

describe('PlatformMonitor', () => {
  const observation = (i: number, o: { requests: number; errors: number; latency: number; queue?: number; used?: number }): Observation => ({
    atMs: i * 60_000,
    metrics: { httpRequests: o.requests, http5xx: o.errors, durationSum: o.latency, durationCount: o.requests, queueWaiting: o.queue ?? 0 },
    disk: o.used === undefined ? null : { usedBytes: o.used, totalBytes: 100e9 },
  });

  it('warns on a latency anomaly after warm-up, and sends a recovery when it passes', async () => {
    posted.length = 0;
    const { r, events } = router('critical=log,webhook;warning=log,webhook;info=log');
    const m = new PlatformMonitor({ router: r, minRequests: 10 });
    let requests = 0;
    let seconds = 0;
    const step = async (i: number, meanLatency: number, errors = 0) => {
      requests += 100;
      seconds += 100 * meanLatency;
      await m.observe(observation(i, { requests, errors, latency: seconds }));
    };
    for (let i = 0; i < 30; i++) await step(i, 0.02 + 0.002 * Math.sin(i));
    expect(r.firing()).toHaveLength(0);
    await step(30, 0.3);
    expect(r.firing().map((a) => a.key)).toEqual(['latency-anomaly']);
    await step(31, 0.3); // still anomalous: not sent twice
    await step(32, 0.021);
    expect(posted.map((p) => `${p.key}:${p.status}`)).toEqual(['latency-anomaly:firing', 'latency-anomaly:recovered']);
    expect(events.recent(20).some((e) => e.type === 'alert-recovered')).toBe(true);
  });

  it('an error rate above 5 % is critical at once (even in warm-up)', async () => {
    const { r } = router('critical=log;warning=log;info=log');
    const m = new PlatformMonitor({ router: r, minRequests: 10 });
    await m.observe(observation(0, { requests: 0, errors: 0, latency: 0 }));
    await m.observe(observation(1, { requests: 100, errors: 20, latency: 1 }));
    expect(r.firing()).toMatchObject([{ key: 'error-rate', severity: 'critical' }]);
  });

  it('predicts the disk filling and the queue draining', async () => {
    const { r } = router('critical=log;warning=log;info=log');
    const m = new PlatformMonitor({ router: r });
    // 90 GB used, growing 1 GB per minute: full in ~10 minutes → critical.
    for (let i = 0; i < 6; i++) await m.observe(observation(i, { requests: 0, errors: 0, latency: 0, used: 85e9 + i * 1e9, queue: 600 - i * 100 }));
    const firing = Object.fromEntries(r.firing().map((a) => [a.key, a]));
    expect(firing['disk-full']?.severity).toBe('critical');
    expect(firing['disk-full']?.title).toMatch(/^Disk full in \d+ min$/);
    // First predicted at the fifth point (200 waiting, falling 100 a minute); de-duplicated after.
    expect(firing['queue-draining']?.title).toBe('Queue drains in 2 min');
  });
});
