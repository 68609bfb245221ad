import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

let ticksPerSecond: number | null = null;

/** The kernel's clock ticks per second (USER_HZ), asked once; /proc/<pid>/stat counts CPU time in them. */
function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcStat {
  /** User + system CPU time so far, in seconds. */
  cpuSeconds: number;
  rssBytes: number;
}

/** Reads one process's CPU time and resident memory from /proc (Linux). Null when the process is gone. */
export async function readProcStat(pid: number): Promise<ProcStat | null> {
  try {
    const [stat, status] = await Promise.all([readFile(`/proc/${pid}/stat`, 'utf8'), readFile(`/proc/${pid}/status`, 'utf8')]);
    // The command name (field 2) may contain spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, i.e. 11 and 12 after the name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return { cpuSeconds: ticks / clockTicks(), rssBytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return null;
  }
}

/** CPU use between two samples, as a percentage of one core. */
export function cpuPercent(before: { cpuSeconds: number; atMs: number }, after: { cpuSeconds: number; atMs: number }): number {
  const wall = (after.atMs - before.atMs) / 1000;
  if (wall <= 0) return 0;
  return Math.round(((after.cpuSeconds - before.cpuSeconds) / wall) * 1000) / 10;
}
