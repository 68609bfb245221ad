/** The only module of statex-ops that reads the environment: defaults that options override. */
export interface OpsSettings {
  /** Price of one replica-hour, in `currency` (STATEX_OPS_PRICE_PER_REPLICA_HOUR, default 0.05). */
  pricePerReplicaHour: number;
  currency: string;
  /** Time zone of the business-hours schedule (STATEX_OPS_TIMEZONE, default Europe/Prague). */
  timezone: string;
  /** Docker Engine socket (DOCKER_HOST style, unix path or tcp://host:port). */
  dockerHost: string;
  stdoutIsTTY: boolean;
  /** The environment handed to the platform processes `up` starts; `@statex/config` validates it. */
  platformEnv: Record<string, string>;
  /** Alerts: STATEX_OPS_ALERT_WEBHOOK (POST JSON), STATEX_OPS_ALERT_EMAIL (via SMTP_URL), STATEX_OPS_ALERT_ROUTES (`critical=console,webhook,email;warning=webhook;info=log`). */
  alertWebhookUrl: string | undefined;
  alertEmailTo: string | undefined;
  alertRoutes: string | undefined;
  /** Releases: which environment of the thresholds file applies (STATEX_OPS_ENVIRONMENT: local | staging | production) and the file (STATEX_OPS_THRESHOLDS). */
  releaseEnvironment: string;
  thresholdsFile: string | undefined;
}

export function readOpsSettings(env: NodeJS.ProcessEnv = process.env): OpsSettings {
  const price = env.STATEX_OPS_PRICE_PER_REPLICA_HOUR?.trim();
  const pricePerReplicaHour = price ? Number(price) : 0.05;
  if (!Number.isFinite(pricePerReplicaHour) || pricePerReplicaHour < 0) {
    throw new Error(`STATEX_OPS_PRICE_PER_REPLICA_HOUR must be a non-negative number, got "${price}".`);
  }
  return {
    pricePerReplicaHour,
    currency: env.STATEX_OPS_CURRENCY?.trim() || 'EUR',
    timezone: env.STATEX_OPS_TIMEZONE?.trim() || 'Europe/Prague',
    dockerHost: env.DOCKER_HOST?.trim() || 'unix:///var/run/docker.sock',
    stdoutIsTTY: process.stdout.isTTY === true,
    platformEnv: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
    alertWebhookUrl: env.STATEX_OPS_ALERT_WEBHOOK?.trim() || undefined,
    alertEmailTo: env.STATEX_OPS_ALERT_EMAIL?.trim() || undefined,
    alertRoutes: env.STATEX_OPS_ALERT_ROUTES?.trim() || undefined,
    releaseEnvironment: env.STATEX_OPS_ENVIRONMENT?.trim() || 'local',
    thresholdsFile: env.STATEX_OPS_THRESHOLDS?.trim() || undefined,
  };
}
