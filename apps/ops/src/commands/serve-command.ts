import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { opsEventsFile } from '@statex/pipeline';
import { Option, type Command } from 'commander';
import { alertRouterFromSettings } from '../alerts/alert-router.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { releaseSocketPath, startReleaseControl } from '../releases/release-control.ts';
import { ReleaseManager } from '../releases/release-manager.ts';
import { prepareRelease } from '../releases/release-source.ts';
import { readReleaseState } from '../releases/release-state.ts';
import { DEFAULT_THRESHOLDS_FILE, loadThresholds } from '../releases/release-thresholds.ts';
import { TrafficRouter } from '../releases/traffic-router.ts';
import { OpsEventLog } from '../supervisor/ops-event-log.ts';
import type { OpsOutput } from './ops-output.ts';
import { openReportStore, platformConfig } from './release-context.ts';
import { wholeNumber } from './shared-options.ts';

const REPO_DIR = fileURLToPath(new URL('../../../../', import.meta.url));

export function registerServeCommand(program: Command, settings: OpsSettings, output: OpsOutput): void {
  program
    .command('serve')
    .description('Run the platform for validated releases: a traffic router on PORT in front of the current version, which runs on a private port; `deploy` and `rollback` talk to it.')
    .option('--release <dir>', 'release directory to start when none is recorded yet (default: this checkout)')
    .addOption(new Option('--api <n>', 'API processes per version (services mode, needs REDIS_URL)').default(2).argParser(wholeNumber('--api')))
    .addOption(new Option('--workers <n>', 'worker processes per version (services mode)').default(1).argParser(wholeNumber('--workers')))
    .addHelpText('after', `
The version recorded in STATEX_DATA_DIR/ops/releases/state.json is started again (else --release,
else this checkout). Without REDIS_URL each version is one process with the worker inline.
Deploying beside the running version needs PostgreSQL (DATABASE_URL): PGlite belongs to one process.
Thresholds: ${DEFAULT_THRESHOLDS_FILE} (STATEX_OPS_THRESHOLDS), environment STATEX_OPS_ENVIRONMENT.`)
    .action(async (options: { release?: string; api: number; workers: number }) => {
      const config = platformConfig(settings);
      const thresholds = await loadThresholds(settings.thresholdsFile ?? DEFAULT_THRESHOLDS_FILE, settings.releaseEnvironment);
      const events = new OpsEventLog({ file: opsEventsFile(config.dataDir), log: () => {} });
      await events.open();
      const alerts = alertRouterFromSettings(settings, config.mail, events, (line) => output.err(line));
      const reports = openReportStore(config);
      const router = new TrafficRouter();
      const port = await router.listen(config.port, config.host);
      const manager = new ReleaseManager({
        platformEnv: settings.platformEnv,
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        publicPort: port,
        router,
        thresholds,
        processes: config.redisUrl ? { mode: 'services', api: Math.max(1, options.api), workers: options.workers } : { mode: 'embedded', api: 1, workers: 0 },
        reports: reports.store,
        alerts,
        events,
        repoDir: REPO_DIR,
      });
      const state = await readReleaseState(config.dataDir);
      const release = state.current ?? (await prepareRelease(options.release ?? REPO_DIR, { repoDir: REPO_DIR, releasesDir: path.join(config.dataDir, 'releases'), log: (l) => output.out(`${l}\n`) }));
      await manager.activate({ version: release.version, dir: release.dir }, (line) => output.out(`${line}\n`));
      const socketPath = releaseSocketPath(config.dataDir);
      const control = await startReleaseControl(manager, () => router.currentRoutes(), socketPath);
      output.out(`statex-ops serve: http://${config.host}:${port} → ${release.version}; thresholds "${settings.releaseEnvironment}"; control socket ${socketPath}\n`);
      await new Promise<void>((resolve) => {
        const stop = async (signal: string) => {
          output.out(`statex-ops serve: ${signal}, stopping\n`);
          await new Promise<void>((r) => control.close(() => r()));
          await unlink(socketPath).catch(() => {});
          await manager.close(signal);
          await router.close();
          alerts.close();
          await reports.close();
          await events.close();
          resolve();
        };
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
      });
    });
}
