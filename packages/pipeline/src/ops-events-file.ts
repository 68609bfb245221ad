import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One decision of the operations layer, with why it was taken. */
export interface OpsEvent {
  at: string;
  /** What was decided: `process-started`, `process-exited`, `restart-scheduled`, `crash-loop`, `hung`, `ready`, `not-ready`, `reload-*`, `scale`, `alert`, … */
  type: string;
  reason: string;
  role?: string;
  slot?: string;
  pid?: number;
  data?: Record<string, unknown>;
}

export type OpsEventInput = Omit<OpsEvent, 'at'>;

/** `STATEX_DATA_DIR/ops/events.jsonl`: where the supervisor (statex-ops) keeps its decisions and the API's admin view reads them. */
export function opsEventsFile(dataDir: string): string {
  return path.join(dataDir, 'ops', 'events.jsonl');
}

/** Reads the newest `limit` events from the file a supervisor writes (the API's admin view). */
export async function readOpsEvents(file: string, limit = 100): Promise<OpsEvent[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const events: OpsEvent[] = [];
  for (const line of text.split('\n').slice(-(limit + 1))) {
    if (!line.trim()) continue;
    try {
      events.push(JSON.parse(line) as OpsEvent);
    } catch {
      // A line cut by a crash mid-write is skipped.
    }
  }
  return events.slice(-limit);
}
