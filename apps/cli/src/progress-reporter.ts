import { stageProgress, type Stage } from '@statex/core';
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
  /**
   * Lends the terminal to something else (the brief interview's questions): the bar is taken down
   * and what arrives meanwhile is held; `resume` shows it and draws the bar again.
   */
  pause(): void;
  resume(): void;
}

/** What draws the progress: a bar, or plain lines. */
interface Drawer {
  event(event: RequestEvent): void;
  info(text: string): void;
  close(): void;
}

export type ReporterKind = 'bar' | 'lines' | 'silent';

export function reporterKind(terminal: Terminal, json: boolean): ReporterKind {
  if (json) return 'silent';
  return terminal.isTTY ? 'bar' : 'lines';
}

export function createReporter(kind: ReporterKind, terminal: Terminal): ProgressReporter {
  if (kind === 'silent') return { event: () => {}, info: () => {}, close: () => {}, pause: () => {}, resume: () => {} };
  const draw = (stage: Stage): Drawer => (kind === 'lines' ? linesDrawer(terminal) : barDrawer(terminal, stage));
  let stage: Stage = 'received';
  let drawer: Drawer | null = draw(stage);
  let held: ({ event: RequestEvent } | { info: string })[] = [];
  let closed = false;
  const show = (item: { event: RequestEvent } | { info: string }) => {
    if (closed) {
      // After the end nothing is drawn any more, but nothing is lost either.
      terminal.print('event' in item ? describeEvent(item.event) : item.info);
    } else if (!drawer) held.push(item);
    else if ('event' in item) {
      if (item.event.type === 'stage') stage = item.event.stage;
      drawer.event(item.event);
    } else drawer.info(item.info);
  };
  return {
    event: (event) => show({ event }),
    info: (info) => show({ info }),
    pause() {
      drawer?.close();
      drawer = null;
    },
    resume() {
      if (closed || drawer) return;
      drawer = draw(stage);
      const waiting = held;
      held = [];
      for (const item of waiting) show(item);
    },
    close() {
      if (closed) return;
      drawer?.close();
      drawer = null;
      closed = true;
      const waiting = held;
      held = [];
      for (const item of waiting) show(item);
    },
  };
}

function linesDrawer(terminal: Terminal): Drawer {
  return { event: (e) => terminal.print(describeEvent(e)), info: (text) => terminal.print(text), close: () => {} };
}

/** "[ 40%] generating: Writing the terms of reference" or "       notice: …". */
export function describeEvent(e: RequestEvent): string {
  if (e.type === 'notice') return `       notice: ${e.message}`;
  const percent = String(stageProgress(e.stage)).padStart(3);
  return `[${percent}%] ${e.stage}${e.message ? `: ${e.message}` : ''}`;
}

function barDrawer(terminal: Terminal, stage: Stage): Drawer {
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
  const bar = bars.create(100, stageProgress(stage), { stage });
  let closed = false;
  return {
    event(e) {
      if (closed) return;
      bars.log(`${describeEvent(e)}\n`);
      if (e.type === 'stage') bar.update(stageProgress(e.stage), { stage: e.stage });
    },
    info(text) {
      if (!closed) bars.log(`${text}\n`);
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
