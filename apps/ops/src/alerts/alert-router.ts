import nodemailer, { type Transporter } from 'nodemailer';
import type { OpsEventLog } from '../supervisor/ops-event-log.ts';

export type Severity = 'critical' | 'warning' | 'info';
export type Channel = 'log' | 'console' | 'webhook' | 'email';

export interface Alert {
  /** Identity for de-duplication: the same key is sent once until it recovers. */
  key: string;
  severity: Severity;
  title: string;
  detail: string;
  data?: Record<string, unknown>;
}

/** What a channel is sent: the alert, or its recovery notice. */
export interface AlertNotice extends Alert {
  status: 'firing' | 'recovered';
  at: string;
  /** For a recovery: how long the alert fired. */
  durationSeconds?: number;
}

export type AlertRoutes = Record<Severity, Channel[]>;

export const DEFAULT_ROUTES: AlertRoutes = { critical: ['log', 'console', 'webhook', 'email'], warning: ['log', 'console', 'webhook'], info: ['log'] };

/** `critical=console,webhook,email;warning=webhook;info=log` → routes (severities not named keep their default). */
export function parseAlertRoutes(text: string | undefined): AlertRoutes {
  const routes: AlertRoutes = { ...DEFAULT_ROUTES };
  if (!text) return routes;
  for (const part of text.split(';').filter((p) => p.trim())) {
    const [severity, list = ''] = part.split('=').map((s) => s.trim());
    if (severity !== 'critical' && severity !== 'warning' && severity !== 'info') throw new Error(`STATEX_OPS_ALERT_ROUTES: unknown severity "${severity}" (critical, warning, info).`);
    const channels = list.split(',').map((c) => c.trim()).filter(Boolean);
    for (const c of channels) if (!['log', 'console', 'webhook', 'email'].includes(c)) throw new Error(`STATEX_OPS_ALERT_ROUTES: unknown channel "${c}" (log, console, webhook, email).`);
    routes[severity] = channels as Channel[];
  }
  return routes;
}

export interface AlertRouterOptions {
  routes?: AlertRoutes;
  events?: OpsEventLog;
  console?: (line: string) => void;
  webhookUrl?: string;
  /** SMTP server (SMTP_URL) and recipient for the email channel. */
  smtpUrl?: string;
  emailTo?: string;
  emailFrom?: string;
  webhookTimeoutMs?: number;
}

/**
 * Sends alerts to the channels their severity is routed to. An alert that is already firing is
 * not sent again (a raised severity is); when it clears, a recovery notice goes to the same
 * channels. A failing channel is reported on the others' log, never thrown.
 */
export class AlertRouter {
  private readonly routes: AlertRoutes;
  private readonly active = new Map<string, { alert: Alert; sinceMs: number }>();
  private readonly o: AlertRouterOptions;
  private mailer: Transporter | null = null;
  readonly failures: { channel: Channel; error: string }[] = [];

  constructor(options: AlertRouterOptions = {}) {
    this.o = options;
    this.routes = options.routes ?? DEFAULT_ROUTES;
    if (options.smtpUrl && options.emailTo) this.mailer = nodemailer.createTransport(options.smtpUrl);
  }

  /** Fires `alert` unless the same key is already firing at the same or a higher severity. Returns whether it was sent. */
  async raise(alert: Alert): Promise<boolean> {
    const current = this.active.get(alert.key);
    const rank = { info: 0, warning: 1, critical: 2 };
    if (current && rank[current.alert.severity] >= rank[alert.severity]) return false;
    this.active.set(alert.key, { alert, sinceMs: current?.sinceMs ?? Date.now() });
    await this.send({ ...alert, status: 'firing', at: new Date().toISOString() });
    return true;
  }

  /** Sends a recovery notice if `key` was firing. Returns whether it was. */
  async resolve(key: string, detail: string): Promise<boolean> {
    const current = this.active.get(key);
    if (!current) return false;
    this.active.delete(key);
    await this.send({
      ...current.alert,
      detail,
      status: 'recovered',
      at: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - current.sinceMs) / 1000),
    });
    return true;
  }

  firing(): Alert[] {
    return [...this.active.values()].map((a) => a.alert);
  }

  close(): void {
    this.mailer?.close();
  }

  private async send(notice: AlertNotice): Promise<void> {
    await Promise.all(
      this.routes[notice.severity].map((channel) =>
        this.deliver(channel, notice).catch((error: Error) => {
          this.failures.push({ channel, error: error.message });
          this.o.events?.record({ type: 'alert-delivery-failed', reason: `${channel}: ${error.message}`, data: { key: notice.key } });
        }),
      ),
    );
  }

  private async deliver(channel: Channel, notice: AlertNotice): Promise<void> {
    const headline = `${notice.status === 'recovered' ? 'RECOVERED' : notice.severity.toUpperCase()}: ${notice.title}`;
    switch (channel) {
      case 'log':
        this.o.events?.record({ type: notice.status === 'recovered' ? 'alert-recovered' : 'alert', reason: `${headline} — ${notice.detail}`, data: { key: notice.key, severity: notice.severity, ...notice.data } });
        return;
      case 'console':
        (this.o.console ?? ((line: string) => process.stderr.write(line)))(`[statex-ops] ${headline} — ${notice.detail}\n`);
        return;
      case 'webhook': {
        if (!this.o.webhookUrl) return;
        const res = await fetch(this.o.webhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(notice),
          signal: AbortSignal.timeout(this.o.webhookTimeoutMs ?? 5_000),
        });
        if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
        return;
      }
      case 'email':
        if (!this.mailer || !this.o.emailTo) return;
        await this.mailer.sendMail({
          from: this.o.emailFrom ?? 'Statex ops <ops@statex.localhost>',
          to: this.o.emailTo,
          subject: `[statex] ${headline}`,
          text: `${notice.detail}\n\nkey: ${notice.key}\nat: ${notice.at}${notice.durationSeconds !== undefined ? `\nfired for: ${notice.durationSeconds} s` : ''}\n`,
        });
        return;
    }
  }
}

/** The alert router the ops commands use: routes, webhook and email recipients from the ops settings, SMTP and sender from the platform's. */
export function alertRouterFromSettings(
  settings: { alertRoutes?: string | undefined; alertWebhookUrl?: string | undefined; alertEmailTo?: string | undefined },
  mail: { smtpUrl: string | undefined; from: string },
  events: OpsEventLog,
  console: (line: string) => void,
): AlertRouter {
  return new AlertRouter({
    routes: parseAlertRoutes(settings.alertRoutes),
    events,
    console,
    ...(settings.alertWebhookUrl ? { webhookUrl: settings.alertWebhookUrl } : {}),
    ...(mail.smtpUrl ? { smtpUrl: mail.smtpUrl } : {}),
    ...(settings.alertEmailTo ? { emailTo: settings.alertEmailTo } : {}),
    emailFrom: mail.from,
  });
}
