import { ConfigError, loadConfig, type Config } from '@statex/config';
import pg from 'pg';
import { OpsError } from '../ops-errors.ts';
import type { OpsSettings } from '../ops-settings.ts';
import { ReportStore } from '../reports/report-store.ts';

/** The platform's settings as the release commands see them (the same environment the platform gets). */
export function platformConfig(settings: OpsSettings): Config {
  try {
    return loadConfig(settings.platformEnv);
  } catch (error) {
    if (error instanceof ConfigError) throw new OpsError('OPS_BAD_OPTION', error.message);
    throw error;
  }
}

/** Reports of this data directory; with PostgreSQL also as `ops_reports` rows. Close the pool when done. */
export function openReportStore(config: Config): { store: ReportStore; close: () => Promise<void> } {
  const pool = config.databaseUrl ? new pg.Pool({ connectionString: config.databaseUrl, max: 2 }) : null;
  pool?.on('error', () => {});
  return { store: new ReportStore({ dataDir: config.dataDir, pool }), close: async () => void (await pool?.end()) };
}
