import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { DependencyBreaker } from '@statex/resilience';
import type { Logger } from 'pino';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The HTML version; with it the message is multipart/alternative (text first, HTML preferred). */
  html?: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  /** Delivers the message; resolves with where it went (SMTP message id or .eml path). */
  send(message: MailMessage): Promise<string>;
  close(): void;
}

/**
 * SMTP through nodemailer when `smtpUrl` is set; otherwise each message is written as an `.eml`
 * file to `outboxDir` and logged, so the embedded platform shows what it would have sent.
 */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; outboxDir: string; log: Logger; breaker?: DependencyBreaker }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never);
    return {
      kind: 'smtp',
      send: async (message) => {
        const deliver = async () => String((await transport.sendMail({ from: options.from, ...message })).messageId);
        // With the breaker open, a send fails at once and the outbox row waits for the next pass.
        return options.breaker ? options.breaker.execute(deliver) : deliver();
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let sequence = 0;
  return {
    kind: 'outbox',
    send: async (message) => {
      const info = await transport.sendMail({ from: options.from, ...message });
      await mkdir(options.outboxDir, { recursive: true });
      sequence += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(options.outboxDir, `${stamp}-${process.pid}-${sequence}.eml`);
      await writeFile(file, info.message as Buffer);
      options.log.info({ to: message.to, subject: message.subject, file }, 'email written to the outbox (set SMTP_URL to send it)');
      return file;
    },
    close: () => transport.close(),
  };
}
