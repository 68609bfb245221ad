import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OpsError } from '../ops-errors.ts';

/** What a release must meet before and after it takes traffic (apps/ops/config/release-thresholds.json). */
export interface ReleaseThresholds {
  validation: {
    maxP95LatencyMs: number;
    minRequestsPerSecond: number;
    minSuccessRate: number;
    maxCpuPercent: number;
    maxMemoryPercent: number;
    maxDiskPercent: number;
    /** p95 of the new version may be at most this many times the running version's (plus the slack). */
    maxLatencyRegression: number;
    latencyRegressionSlackMs: number;
    readyTimeoutSeconds: number;
    probe: { durationSeconds: number; connections: number; requestsPerSecond: number; paths: string[] };
  };
  canary: { maxP99LatencyMs: number; minSuccessRate: number; analysisSeconds: number; minRequests: number; probeRequestsPerSecond: number };
  watch: { intervalMs: number; timeoutMs: number; failuresToRollback: number; graceSeconds: number };
}

export const DEFAULT_THRESHOLDS_FILE = fileURLToPath(new URL('../../config/release-thresholds.json', import.meta.url));

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `override` laid over `base`: only keys the base has, with values of the same type (a typo must not pass silently). */
function overlay(base: Tree, override: Tree, where: string): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (key === 'extends' || key === '$comment') continue;
    const at = `${where}.${key}`;
    if (!(key in base)) throw new OpsError('OPS_BAD_OPTION', `${at} is not a threshold (known: ${Object.keys(base).join(', ')}).`);
    const current = base[key];
    if (isTree(current)) {
      if (!isTree(value)) throw new OpsError('OPS_BAD_OPTION', `${at} must be an object.`);
      out[key] = overlay(current, value, at);
    } else if (Array.isArray(current)) {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new OpsError('OPS_BAD_OPTION', `${at} must be a list of strings.`);
      out[key] = value;
    } else {
      if (typeof value !== typeof current || (typeof value === 'number' && !(Number.isFinite(value) && value >= 0))) {
        throw new OpsError('OPS_BAD_OPTION', `${at} must be a ${typeof current}${typeof current === 'number' ? ' ≥ 0' : ''}, got ${JSON.stringify(value)}.`);
      }
      out[key] = value;
    }
  }
  return out;
}

/** The thresholds of one environment: base, then each environment it `extends` (outermost first), then its own values. */
export function resolveThresholds(document: unknown, environment: string): ReleaseThresholds {
  if (!isTree(document) || !isTree(document.base)) throw new OpsError('OPS_BAD_OPTION', 'The thresholds file needs a "base" object.');
  const environments = isTree(document.environments) ? document.environments : {};
  const chain: Tree[] = [];
  const seen = new Set<string>();
  for (let name: string | undefined = environment; name !== undefined; ) {
    if (seen.has(name)) throw new OpsError('OPS_BAD_OPTION', `Environments extend each other in a circle: ${[...seen, name].join(' → ')}.`);
    seen.add(name);
    const env: unknown = environments[name];
    if (!isTree(env)) throw new OpsError('OPS_BAD_OPTION', `No environment "${name}" in the thresholds file (known: ${Object.keys(environments).join(', ') || 'none'}).`);
    chain.unshift(env);
    name = typeof env.extends === 'string' ? env.extends : undefined;
  }
  let merged = document.base;
  for (const env of chain) merged = overlay(merged, env, `environments.${environment}`);
  return merged as unknown as ReleaseThresholds;
}

export async function loadThresholds(file: string, environment: string): Promise<ReleaseThresholds> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new OpsError('OPS_BAD_OPTION', `Cannot read the thresholds file ${file}: ${(error as Error).message}`);
  }
  return resolveThresholds(document, environment);
}
