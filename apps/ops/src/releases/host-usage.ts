import { availableParallelism } from 'node:os';
import { readFile, statfs } from 'node:fs/promises';
import { readProcStat } from '../monitoring/process-stats.ts';

/** Memory in use on this machine (MemTotal − MemAvailable), % of MemTotal. */
export async function memoryUsedPercent(): Promise<number> {
  const text = await readFile('/proc/meminfo', 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  const total = kb('MemTotal');
  return total > 0 ? Math.round(((total - kb('MemAvailable')) / total) * 1000) / 10 : 0;
}

/** Space in use on the file system holding `dir`, % of what non-root users may use. */
export async function diskUsedPercent(dir: string): Promise<number> {
  const fs = await statfs(dir);
  const usable = fs.blocks - (fs.bfree - fs.bavail);
  return usable > 0 ? Math.round(((usable - fs.bavail) / usable) * 1000) / 10 : 0;
}

/** CPU time of some processes so far, for a before/after difference. */
export async function cpuSeconds(pids: number[]): Promise<number> {
  const stats = await Promise.all(pids.map((pid) => readProcStat(pid)));
  return stats.reduce((sum, s) => sum + (s?.cpuSeconds ?? 0), 0);
}

/** CPU used between two readings, as % of the whole machine (all cores). */
export function machineCpuPercent(cpuSecondsUsed: number, wallSeconds: number): number {
  if (wallSeconds <= 0) return 0;
  return Math.round((cpuSecondsUsed / wallSeconds / availableParallelism()) * 1000) / 10;
}
