import { unlink } from 'node:fs/promises';
import { ConfigError, loadConfig } from '@statex/config';
import { opsEventsFile } from '@statex/pipeline';
import { Option, type Command } from 'commander';
import path from 'node:path';
import { alertRouterFromSettings } from '../alerts/alert-router.ts';
import { PlatformMonitor, scrapeObservation } from '../monitoring/platform-monitor.ts';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { controlSocketPath, startControlChannel } from '../supervisor/control-channel.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import { PLATFORM_ENTRIES } from '../supervisor/platform-entries.ts';
import { Supervisor } from '../supervisor/supervisor.ts';
import type { OpsOutput } from './ops-output.ts';
import { wholeNumber } from './shared-options.ts';

export function registerUpCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('up')
    .description('Run the platform on this machine under supervision: N API processes sharing PORT plus M workers; restarts what crashes or hangs.')
    .addOption(new Option('--api <n>', 'API processes (services mode)').default(2).argParser(wholeNumber('--api')))
    .addOption(new Option('--workers <n>', 'worker processes (services mode)').default(1).argParser(wholeNumber('--workers')))
    .addHelpText('after', `
Services mode needs DATABASE_URL and REDIS_URL; without them the platform runs embedded, as one
process (PGlite cannot be shared). Control it from another terminal with the same STATEX_DATA_DIR:
  statex-ops status [--json]   statex-ops reload   statex-ops scale api=4 workers=2   statex-ops down`)
    .action(async (options: { api: number; workers: number }) => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig(settings.platformEnv);
      } catch (error) {
        if (error instanceof ConfigError) throw new OpsError('OPS_BAD_OPTION', error.message);
        throw error;
      }
      const services = Boolean(config.databaseUrl && config.redisUrl);
      if (!services && (options.api !== 2 || options.workers !== 1) && (options.api > 1 || options.workers > 0)) {
        output.err('Embedded mode (no DATABASE_URL and REDIS_URL) runs one process; --api and --workers are ignored.\n');
      }
      if (services && options.api < 1) throw new OpsError('OPS_BAD_OPTION', '--api must be at least 1.');
      const events = new OpsEventLog({ file: opsEventsFile(config.dataDir), log: (line) => output.err(line) });
      await events.open();
      const supervisor = new Supervisor({
        entries: PLATFORM_ENTRIES,
        // Compiled code is cached between restarts: a replacement process starts faster.
        env: { NODE_COMPILE_CACHE: path.join(config.dataDir, 'ops', 'compile-cache'), ...settings.platformEnv },
        port: config.port,
        mode: services ? 'services' : 'embedded',
        api: options.api,
        workers: options.workers,
        events,
      });
      const socketPath = controlSocketPath(config.dataDir);
      let stopped: (() => void) | null = null;
      const done = new Promise<void>((resolve) => (stopped = resolve));
      const shutdown = async (reason: string) => {
        await supervisor.stop(reason);
        await new Promise<void>((resolve) => control.close(() => resolve()));
        await unlink(socketPath).catch(() => {});
        await events.close();
        stopped?.();
      };
      const control = await startControlChannel(supervisor, socketPath, () => void shutdown('down requested over the control channel'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await supervisor.start();
      // Predictive monitoring: every 15 s, each process's /metrics and the data disk.
      const alerts = alertRouterFromSettings(settings, config.mail, events, (line) => output.err(line));
      const monitor = new PlatformMonitor({ router: alerts });
      const dataDir = config.dataDir;
      const monitorTimer = setInterval(() => {
        const urls = supervisor.status().processes.filter((p) => p.live).map((p) => `http://127.0.0.1:${p.probePort}/metrics`);
        void scrapeObservation(urls, dataDir).then((o) => monitor.observe(o));
      }, 15_000);
      output.out(`statex-ops: supervising on port ${config.port} (${services ? `${options.api} API + ${options.workers} worker` : 'embedded, one process'}); control socket ${socketPath}\n`);
      try {
        await done;
      } finally {
        clearInterval(monitorTimer);
        alerts.close();
      }
    });
}
