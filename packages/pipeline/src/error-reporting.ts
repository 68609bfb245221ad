import * as Sentry from '@sentry/node';
import type { Config } from '@statex/config';

/** Where unexpected errors go besides the log: Sentry when SENTRY_DSN is set, nowhere otherwise. */
export interface ErrorReporting {
  enabled: boolean;
  capture(error: unknown, context?: Record<string, unknown>): void;
  /** Sends what is queued (before the process exits). */
  flush(timeoutMs?: number): Promise<void>;
}

const disabled: ErrorReporting = { enabled: false, capture: () => {}, flush: async () => {} };

/**
 * Starts Sentry (errors and traces) for one process when `SENTRY_DSN` is set; without it nothing is
 * initialised and nothing leaves the machine. Call it first thing in a process's entry point.
 */
export function initErrorReporting(config: Config, role: string): ErrorReporting {
  const dsn = config.ops.sentryDsn;
  if (!dsn) return disabled;
  Sentry.init({
    dsn,
    tracesSampleRate: config.ops.sentryTracesSampleRate,
    serverName: `${role}-${process.pid}`,
    initialScope: { tags: { role, mode: config.mode } },
  });
  return {
    enabled: true,
    capture: (error, context) => {
      Sentry.captureException(error, context ? { extra: context } : undefined);
    },
    flush: async (timeoutMs = 2_000) => {
      await Sentry.flush(timeoutMs);
    },
  };
}

export { setupFastifyErrorHandler } from '@sentry/node';
