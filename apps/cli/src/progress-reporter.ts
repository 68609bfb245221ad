import { stageProgress } from '@statex/core';
import cliProgress from 'cli-progress';
import type { RequestEvent } from './api-types.ts';
import type { Terminal } from './terminal.ts';

/** Shows what happens to a request while it is followed. */
export interface ProgressReporter {
  event(event: RequestEvent): void;
  /** A line for people (e.g. "live updates interrupted"). */
  info(text: string): void;
  /** Removes the bar, if any; safe to call twice. */
  close(): void;
}

export type ReporterKind = 'bar' | 'lines' | 'silent';

export function reporterKind(terminal: Terminal, json: boolean): ReporterKind {
  if (json) return 'silent';
  return terminal.isTTY ? 'bar' : 'lines';
}

export function createReporter(kind: ReporterKind, terminal: Terminal): ProgressReporter {
  if (kind === 'silent') return { event: () => {}, info: () => {}, close: () => {} };
  if (kind === 'lines') {
    return {
      event: (e) => terminal.print(describeEvent(e)),
      info: (text) => terminal.print(text),
      close: () => {},
    };
  }
  return barReporter(terminal);
}

/** "[ 40%] generating: Writing the terms of reference" or "       notice: …". */
export function describeEvent(e: RequestEvent): string {
  if (e.type === 'notice') return `       notice: ${e.message}`;
  const percent = String(stageProgress(e.stage)).padStart(3);
  return `[${percent}%] ${e.stage}${e.message ? `: ${e.message}` : ''}`;
}

function barReporter(terminal: Terminal): ProgressReporter {
  const bars = new cliProgress.MultiBar(
    {
      stream: terminal.stdout,
      format: ' {bar} {percentage}% | {stage}',
      hideCursor: true,
      clearOnComplete: false,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(100, 0, { stage: 'received' });
  let closed = false;
  return {
    event(e) {
      if (closed) return;
      bars.log(`${describeEvent(e)}\n`);
      if (e.type === 'stage') bar.update(stageProgress(e.stage), { stage: e.stage });
    },
    info(text) {
      if (!closed) bars.log(`${text}\n`);
      else terminal.print(text);
    },
    close() {
      if (closed) return;
      closed = true;
      // Log lines are written on the next redraw; draw once more so the last one is not lost.
      bars.update();
      bars.stop();
    },
  };
}
