import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { backupPostgres, restorePostgres, verifyPostgresBackup } from '../backups/postgres-backup.ts';
import { OpsError } from '../ops-errors.ts';
import type { OpsEventLog } from '../supervisor/ops-event-log.ts';
import type { ReportStore } from '../reports/report-store.ts';
import { watchHealth } from './health-watch.ts';
import { findIncompatibleStatement, pendingMigrations, readReleaseMigrations } from './migration-compatibility.ts';
import { readReleaseState, writeReleaseState, type ReleaseState, type VersionRecord } from './release-state.ts';
import type { ReleaseThresholds } from './release-thresholds.ts';
import { prepareRelease, type Release } from './release-source.ts';
import { migrateWithRelease, RunningVersion, type VersionProcesses } from './running-version.ts';
import { percentile, type TrafficRouter } from './traffic-router.ts';
import { boundedLoad, measure, validateRelease, type ReleaseMetrics, type ValidationResult } from './validate-release.ts';

/** What the manager needs of an alert channel (the supervisor's AlertRouter fits). */
export interface ReleaseAlerts {
  raise(alert: { key: string; severity: 'critical' | 'warning' | 'info'; title: string; detail: string; data?: Record<string, unknown> }): Promise<unknown>;
}

export interface ReleaseManagerOptions {
  platformEnv: Record<string, string>;
  databaseUrl: string | undefined;
  dataDir: string;
  publicPort: number;
  router: TrafficRouter;
  thresholds: ReleaseThresholds;
  processes: VersionProcesses;
  reports: ReportStore;
  alerts: ReleaseAlerts;
  events: OpsEventLog;
  /** The git repository refs are taken from. */
  repoDir: string;
}

export interface DeployOptions {
  version?: string;
  autoRollback?: boolean;
  /** Send this % of traffic to the new version and compare it before the full switch. */
  canaryPercent?: number;
  /** Settings for the new version only (fault drills, a feature switch). */
  extraEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export type DeployOutcome = 'deployed' | 'rolled-back' | 'kept-unhealthy' | 'validation-failed' | 'canary-failed' | 'refused';

export interface DeployResult {
  outcome: DeployOutcome;
  version: string;
  previous: string | null;
  validation: ValidationResult | null;
  message: string;
}

/**
 * Releases on one machine: every version runs on its own private port (RunningVersion) behind
 * the TrafficRouter on the public port. A deploy backs up and verifies the database, checks that
 * the pending migrations are additive, applies them, starts the new version beside the running
 * one, validates it against the running version's baseline, optionally runs a canary, switches,
 * then health-checks it for a grace period — during which the old version keeps running, so that
 * `failuresToRollback` consecutive failed checks switch back at once. One operation at a time.
 */
export class ReleaseManager {
  private readonly o: ReleaseManagerOptions;
  private current: RunningVersion | null = null;
  private busy = false;
  private log: (line: string) => void = () => {};

  constructor(options: ReleaseManagerOptions) {
    this.o = options;
  }

  get currentVersion(): RunningVersion | null {
    return this.current;
  }

  /** Starts `release` (or the recorded current version) and gives it all traffic: the start of `serve`. */
  async activate(release: Release, log: (line: string) => void = () => {}): Promise<RunningVersion> {
    return this.exclusive(log, async () => {
      this.say(`starting ${release.version} from ${release.dir}`);
      const running = await this.startVersion(release);
      this.o.router.setRoutes([{ version: running.version, port: running.port, weight: 100 }]);
      this.current = running;
      const state = await readReleaseState(this.o.dataDir);
      const previous = state.current?.version === release.version ? state.current : null;
      await writeReleaseState(this.o.dataDir, {
        current: { version: release.version, dir: release.dir, activatedAt: new Date().toISOString(), baseline: previous?.baseline ?? null, backupFile: previous?.backupFile ?? null },
        history: state.history.filter((h) => h.version !== release.version),
      });
      this.say(`${release.version} serves the public port ${this.o.publicPort} (private port ${running.port})`);
      return running;
    });
  }

  async deploy(source: string, options: DeployOptions = {}): Promise<DeployResult> {
    return this.exclusive(options.log ?? (() => {}), () => this.runDeploy(source, options));
  }

  async rollback(options: { to?: string; restoreDatabase?: boolean; log?: (line: string) => void }): Promise<{ version: string; from: string }> {
    return this.exclusive(options.log ?? (() => {}), () => this.runRollback(options));
  }

  async close(reason = 'release manager stopping'): Promise<void> {
    await this.current?.stop(reason);
    this.current = null;
  }

  private async exclusive<T>(log: (line: string) => void, work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new OpsError('OPS_SUPERVISOR_REFUSED', 'Another deploy or rollback is in progress; wait for it to finish.');
    this.busy = true;
    this.log = log;
    try {
      return await work();
    } finally {
      this.busy = false;
      this.log = () => {};
    }
  }

  private say(line: string): void {
    this.log(line);
    this.o.events.record({ type: 'release', reason: line });
  }

  private startVersion(release: Release, extraEnv?: Record<string, string>): Promise<RunningVersion> {
    return RunningVersion.start({
      release,
      platformEnv: this.o.platformEnv,
      publicPort: this.o.publicPort,
      dataDir: this.o.dataDir,
      processes: this.o.processes,
      readyTimeoutMs: this.o.thresholds.validation.readyTimeoutSeconds * 1000,
      log: (line) => this.say(line),
      ...(extraEnv ? { extraEnv } : {}),
    });
  }

  private async runDeploy(source: string, options: DeployOptions): Promise<DeployResult> {
    const old = this.current;
    if (!old) throw new OpsError('OPS_RELEASES_NOT_RUNNING', 'No version is serving: start one with `statex-ops serve`.');
    const databaseUrl = this.o.databaseUrl;
    if (!databaseUrl) {
      throw new OpsError('OPS_BAD_OPTION', 'Deploying beside the running version needs PostgreSQL (DATABASE_URL): an embedded PGlite database belongs to one process. Stop the platform, copy STATEX_DATA_DIR, then start the new version.');
    }
    const t = this.o.thresholds;
    const started = new Date().toISOString();
    const release = await prepareRelease(source, { repoDir: this.o.repoDir, releasesDir: path.join(this.o.dataDir, 'releases'), log: (l) => this.say(l), ...(options.version ? { version: options.version } : {}) });
    if (release.version === old.version) throw new OpsError('OPS_RELEASE_INVALID', `${release.version} is the version already serving; name another with --version.`);
    this.say(`deploy ${release.version} beside ${old.version} (${release.dir})`);
    const fail = async (outcome: DeployOutcome, message: string, validation: ValidationResult | null): Promise<DeployResult> => {
      this.say(`✗ ${message}`);
      await this.o.reports.write('deployment', release.version, 'failed', message, { outcome, previous: old.version, startedAt: started, finishedAt: new Date().toISOString() });
      return { outcome, version: release.version, previous: old.version, validation, message };
    };

    // 1. Backup, verified by restoring it.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backupFile = path.join(this.o.dataDir, 'backups', `${stamp}-before-${release.version}.dump`);
    this.say('backup: pg_dump …');
    const backup = await backupPostgres(databaseUrl, backupFile);
    const verify = await verifyPostgresBackup(databaseUrl, backup);
    if (!verify.ok) return fail('refused', `backup ${backupFile} does not restore to the same rows: ${JSON.stringify(verify.differences)}`, null);
    this.say(`backup: ${path.basename(backupFile)} (${Math.round(backup.bytes / 1024)} KiB) restored into ${verify.scratchDatabase}: ${verify.tables} tables, ${verify.rows} rows, counts equal`);

    // 2. Migrations: pending ones must be additive, then applied with the new release's code.
    const lastApplied = await this.lastAppliedMigration(databaseUrl);
    const migrations = await readReleaseMigrations(release.dir);
    const pending = pendingMigrations(migrations, lastApplied);
    const bad = findIncompatibleStatement(pending, migrations.filter((m) => !pending.includes(m)));
    if (bad) {
      const message = `migration ${bad.tag} is not compatible with the running version ${old.version}: it ${bad.reason}.\n  statement: ${bad.statement.split('\n')[0]}\n  Split it: ship an additive migration now, the destructive one in a later release once no running version needs the old shape.`;
      await this.o.alerts.raise({ key: `release-migration-${release.version}`, severity: 'warning', title: `Deploy of ${release.version} stopped: incompatible migration`, detail: message });
      await fail('refused', message, null);
      throw new OpsError('OPS_MIGRATION_INCOMPATIBLE', message);
    }
    if (pending.length > 0) {
      this.say(`migrations: applying ${pending.map((m) => m.tag).join(', ')} (additive)`);
      await migrateWithRelease(release, databaseUrl, this.o.platformEnv);
    } else this.say('migrations: none pending');

    // 3. Baseline of the running version.
    const state = await readReleaseState(this.o.dataDir);
    let baseline = state.current?.version === old.version ? state.current.baseline : null;
    if (!baseline) {
      this.say(`baseline: measuring ${old.version} (no baseline recorded)`);
      baseline = await measure(old.url, old.pids(), this.o.dataDir, t.validation.probe);
      await this.saveState({ ...state, current: state.current ? { ...state.current, baseline } : null });
    }

    // 4. Start beside, validate. It gets no traffic unless every check passes.
    let fresh: RunningVersion;
    try {
      fresh = await this.startVersion(release, options.extraEnv);
    } catch (error) {
      const message = `validation of ${release.version} failed: ${(error as Error).message}`;
      await this.o.reports.write('validation', release.version, 'failed', message, { checks: [], baseline });
      await this.o.alerts.raise({ key: `release-validation-${release.version}`, severity: 'warning', title: `Release ${release.version} failed validation`, detail: message });
      return fail('validation-failed', message, null);
    }
    this.say(`started ${release.version} on private port ${fresh.port}; validating against ${old.version}'s baseline (p95 ${baseline.p95LatencyMs} ms, ${baseline.requestsPerSecond} req/s)`);
    const validation = await validateRelease({ baseUrl: fresh.url, pids: fresh.pids(), dataDir: this.o.dataDir, thresholds: t.validation, baseline });
    for (const c of validation.checks) this.say(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.value} (${c.limit})`);
    await this.o.reports.write('validation', release.version, validation.passed ? 'passed' : 'failed', `${validation.checks.filter((c) => !c.ok).length} of ${validation.checks.length} checks failed`, { ...validation });
    if (validation.metrics) await this.o.reports.write('performance', release.version, 'info', `p95 ${validation.metrics.p95LatencyMs} ms, ${validation.metrics.requestsPerSecond} req/s, cpu ${validation.metrics.cpuPercent} %`, { metrics: validation.metrics, baseline });
    if (!validation.passed) {
      await fresh.stop('failed validation');
      const failed = validation.checks.filter((c) => !c.ok).map((c) => `${c.name} ${c.value} (${c.limit})`).join('; ');
      await this.o.alerts.raise({ key: `release-validation-${release.version}`, severity: 'warning', title: `Release ${release.version} failed validation`, detail: failed });
      return fail('validation-failed', `validation of ${release.version} failed (${failed}); it never received traffic, ${old.version} keeps serving`, validation);
    }

    // 5. Canary (optional).
    if (options.canaryPercent !== undefined && options.canaryPercent > 0 && options.canaryPercent < 100) {
      const canary = await this.runCanary(old, fresh, options.canaryPercent);
      if (!canary.ok) {
        this.o.router.setRoutes([{ version: old.version, port: old.port, weight: 100 }]);
        await fresh.stop('canary failed');
        this.o.router.forget(fresh.version);
        await this.o.alerts.raise({ key: `release-canary-${release.version}`, severity: 'warning', title: `Canary of ${release.version} aborted`, detail: canary.message });
        return fail('canary-failed', `canary of ${release.version} aborted to 0 %: ${canary.message}`, validation);
      }
    }

    // 6. Switch, then watch while the old version stays up.
    this.o.router.setRoutes([{ version: fresh.version, port: fresh.port, weight: 100 }]);
    this.current = fresh;
    const autoRollback = options.autoRollback ?? true;
    this.say(`switched: ${fresh.version} takes 100 % of new requests; ${old.version} stays up for ${t.watch.graceSeconds} s; ${autoRollback ? `rollback after ${t.watch.failuresToRollback} consecutive failed health checks` : 'automatic rollback OFF'}`);
    const watch = await watchHealth({
      url: `${fresh.url}/health/ready`,
      intervalMs: t.watch.intervalMs,
      timeoutMs: t.watch.timeoutMs,
      failuresToRollback: t.watch.failuresToRollback,
      durationMs: t.watch.graceSeconds * 1000,
      onCheck: (c) => {
        if (!c.ok) this.say(`  health check failed (${c.consecutiveFailures}/${t.watch.failuresToRollback} in a row): ${c.error}`);
      },
    });
    const failures = watch.checks.filter((c) => !c.ok).length;
    await this.o.reports.write('health', fresh.version, watch.outcome === 'stable' ? 'stable' : 'failed', `${watch.checks.length} checks, ${failures} failed, ${watch.consecutiveFailures} in a row at the end`, { ...watch });

    if (watch.outcome === 'failed' && autoRollback) {
      this.o.router.setRoutes([{ version: old.version, port: old.port, weight: 100 }]);
      this.current = old;
      this.say(`ROLLBACK: ${t.watch.failuresToRollback} consecutive failed health checks; traffic back on ${old.version}; stopping ${fresh.version} (in-flight requests finish)`);
      await fresh.stop('rolled back: failed health checks');
      this.o.router.forget(fresh.version);
      const message = `${fresh.version} rolled back to ${old.version} after ${watch.consecutiveFailures} consecutive failed health checks`;
      await this.o.reports.write('rollback', fresh.version, 'rolled-back', message, { from: fresh.version, to: old.version, automatic: true, checks: watch.checks.slice(-t.watch.failuresToRollback), backupFile });
      await this.o.alerts.raise({ key: `release-rollback-${fresh.version}`, severity: 'critical', title: `Automatic rollback of ${fresh.version}`, detail: message });
      await this.o.reports.write('deployment', fresh.version, 'rolled-back', message, { previous: old.version, startedAt: started, finishedAt: new Date().toISOString(), backupFile });
      this.say(`✗ ${message}`);
      return { outcome: 'rolled-back', version: fresh.version, previous: old.version, validation, message };
    }
    if (watch.outcome === 'failed') {
      await this.o.alerts.raise({ key: `release-unhealthy-${fresh.version}`, severity: 'critical', title: `${fresh.version} fails its health checks (automatic rollback off)`, detail: `${watch.consecutiveFailures} consecutive failures; run statex-ops rollback` });
    }
    await old.stop(`replaced by ${fresh.version}`);
    this.o.router.forget(old.version);
    const previousState = await readReleaseState(this.o.dataDir);
    const oldRecord: VersionRecord = previousState.current ?? { version: old.version, dir: old.release.dir, activatedAt: started, baseline, backupFile: null };
    await this.saveState({
      current: { version: fresh.version, dir: release.dir, activatedAt: new Date().toISOString(), baseline: validation.metrics, backupFile },
      history: [oldRecord, ...previousState.history.filter((h) => h.version !== fresh.version && h.version !== old.version)],
    });
    const outcome: DeployOutcome = watch.outcome === 'failed' ? 'kept-unhealthy' : 'deployed';
    const message = outcome === 'deployed' ? `${fresh.version} deployed; ${old.version} stopped after ${t.watch.graceSeconds} s of healthy checks` : `${fresh.version} kept although unhealthy (--no-auto-rollback); ${old.version} stopped`;
    await this.o.reports.write('deployment', fresh.version, 'deployed', message, { previous: old.version, startedAt: started, finishedAt: new Date().toISOString(), backupFile, canaryPercent: options.canaryPercent ?? null });
    this.say(`✓ ${message}`);
    return { outcome, version: fresh.version, previous: old.version, validation, message };
  }

  /** Flagger-style analysis: a share of real traffic (plus a small probe load through the router so there is enough to judge). */
  private async runCanary(old: RunningVersion, fresh: RunningVersion, percent: number): Promise<{ ok: boolean; message: string }> {
    const c = this.o.thresholds.canary;
    this.o.router.resetStats(fresh.version);
    this.o.router.setRoutes([
      { version: old.version, port: old.port, weight: 100 - percent },
      { version: fresh.version, port: fresh.port, weight: percent },
    ]);
    this.say(`canary: ${percent} % of new requests to ${fresh.version} for ${c.analysisSeconds} s`);
    const load = autocannon(boundedLoad({ url: `http://127.0.0.1:${this.o.publicPort}`, connections: 2, duration: c.analysisSeconds, overallRate: c.probeRequestsPerSecond, timeout: 5, requests: this.o.thresholds.validation.probe.paths.map((p) => ({ method: 'GET', path: p })) }));
    load.on('error', () => {});
    await Promise.all([load, sleep(c.analysisSeconds * 1000)]);
    const stats = this.o.router.statsOf(fresh.version);
    const successRate = stats.requests > 0 ? 1 - stats.failures / stats.requests : 0;
    const p99 = Math.round(percentile(stats.durationsMs, 99) * 10) / 10;
    const figures = `${stats.requests} requests, success ${(successRate * 100).toFixed(2)} % (≥ ${c.minSuccessRate * 100} %), p99 ${p99} ms (≤ ${c.maxP99LatencyMs} ms)`;
    this.say(`canary: ${figures}`);
    await this.o.reports.write('performance', fresh.version, 'info', `canary ${percent} %: ${figures}`, { canaryPercent: percent, requests: stats.requests, successRate, p99LatencyMs: p99 });
    if (stats.requests < c.minRequests) return { ok: false, message: `only ${stats.requests} requests reached the canary (need ${c.minRequests})` };
    if (successRate < c.minSuccessRate || p99 > c.maxP99LatencyMs) return { ok: false, message: figures };
    return { ok: true, message: figures };
  }

  private async runRollback(options: { to?: string; restoreDatabase?: boolean }): Promise<{ version: string; from: string }> {
    const current = this.current;
    if (!current) throw new OpsError('OPS_RELEASES_NOT_RUNNING', 'No version is serving.');
    const state = await readReleaseState(this.o.dataDir);
    const target = options.to ? state.history.find((h) => h.version === options.to) : state.history[0];
    if (!target) {
      const known = state.history.map((h) => h.version).join(', ') || 'none';
      throw new OpsError('OPS_BAD_OPTION', options.to ? `No earlier version "${options.to}" (known: ${known}).` : 'There is no earlier version to roll back to.');
    }
    const backupFile = state.current?.backupFile ?? null;
    if (options.restoreDatabase && (!backupFile || !this.o.databaseUrl)) throw new OpsError('OPS_BAD_OPTION', `No backup is recorded for ${current.version}: the database cannot be restored.`);
    this.say(`rollback: starting ${target.version} beside ${current.version}`);
    const running = await this.startVersion({ version: target.version, dir: target.dir });
    this.o.router.setRoutes([{ version: running.version, port: running.port, weight: 100 }]);
    this.current = running;
    this.say(`rollback: ${target.version} takes the traffic; stopping ${current.version} (in-flight requests finish)`);
    await current.stop(`manual rollback to ${target.version}`);
    this.o.router.forget(current.version);
    if (options.restoreDatabase && backupFile && this.o.databaseUrl) {
      this.say(`rollback: restoring the database from ${backupFile}`);
      await restorePostgres(this.o.databaseUrl, backupFile);
    }
    await this.saveState({
      current: { ...target, activatedAt: new Date().toISOString() },
      history: [...(state.current ? [state.current] : []), ...state.history.filter((h) => h.version !== target.version)],
    });
    const message = `manual rollback from ${current.version} to ${target.version}${options.restoreDatabase ? `, database restored from ${backupFile}` : ''}`;
    await this.o.reports.write('rollback', current.version, 'rolled-back', message, { from: current.version, to: target.version, automatic: false, restoredDatabase: Boolean(options.restoreDatabase), backupFile });
    await this.o.alerts.raise({ key: `release-rollback-${current.version}`, severity: 'warning', title: `Manual rollback of ${current.version}`, detail: message });
    this.say(`✓ ${message}`);
    return { version: target.version, from: current.version };
  }

  private async saveState(state: ReleaseState): Promise<void> {
    await writeReleaseState(this.o.dataDir, state);
  }

  private async lastAppliedMigration(databaseUrl: string): Promise<number | null> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ last: string | null }>('select max(created_at) as last from drizzle.__drizzle_migrations');
      return rows[0]?.last ? Number(rows[0].last) : null;
    } catch {
      return null;
    } finally {
      await client.end().catch(() => {});
    }
  }
}
