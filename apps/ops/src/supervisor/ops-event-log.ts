import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpsEvent, OpsEventInput } from '@statex/pipeline';

const FILE_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * Every decision is written three ways: a JSON log line (to `log`), a bounded in-memory ring
 * (for `status` and the control channel) and a JSON-lines file in the data directory (so the
 * API, a separate process, can show it). The file is rotated once at 2 MB (`.1` kept).
 */
export class OpsEventLog {
  private readonly ring: OpsEvent[] = [];
  private readonly capacity: number;
  private readonly file: string | null;
  private readonly log: (line: string) => void;
  private stream: WriteStream | null = null;
  private written = 0;
  private readonly listeners = new Set<(event: OpsEvent) => void>();

  constructor(options: { file?: string | null; capacity?: number; log?: (line: string) => void } = {}) {
    this.file = options.file ?? null;
    this.capacity = options.capacity ?? 1000;
    this.log = options.log ?? ((line) => process.stdout.write(line));
  }

  async open(): Promise<void> {
    if (!this.file) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    this.written = await stat(this.file).then((s) => s.size, () => 0);
    this.stream = createWriteStream(this.file, { flags: 'a' });
  }

  record(input: OpsEventInput): OpsEvent {
    const event: OpsEvent = { at: new Date().toISOString(), ...input };
    this.ring.push(event);
    if (this.ring.length > this.capacity) this.ring.shift();
    const line = `${JSON.stringify({ level: 'info', msg: 'ops decision', ...event })}\n`;
    this.log(line);
    if (this.stream) {
      const fileLine = `${JSON.stringify(event)}\n`;
      this.stream.write(fileLine);
      this.written += Buffer.byteLength(fileLine);
      if (this.written > FILE_LIMIT_BYTES) this.rotate();
    }
    for (const listener of this.listeners) listener(event);
    return event;
  }

  /** Newest last; at most `limit`, optionally only of `type`. */
  recent(limit = 100, type?: string): OpsEvent[] {
    const list = type ? this.ring.filter((e) => e.type === type) : this.ring;
    return list.slice(-limit);
  }

  subscribe(listener: (event: OpsEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = null;
    if (stream) await new Promise<void>((resolve) => stream.end(() => resolve()));
  }

  private rotate(): void {
    const old = this.stream;
    const file = this.file!;
    this.stream = null;
    this.written = 0;
    old?.end(() => {
      rename(file, `${file}.1`)
        .catch(() => {})
        .finally(() => {
          this.stream = createWriteStream(file, { flags: 'a' });
        });
    });
  }
}
