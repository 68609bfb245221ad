import { createInterface, type Interface } from 'node:readline';
import { ANSWER_MAX_CHARS, type InterviewAnswer } from '@statex/core';
import type { InterviewQuestionView } from './api-types.ts';

/** Where the questions are asked: the process's terminal, or fake streams in tests. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Line editing and Ctrl-C as a key (raw mode); true for a real terminal. */
  terminal: boolean;
}

/**
 * How the questions ended: `answered` — every question was put; `interrupted` — Ctrl-C;
 * `closed` — end of input (Ctrl-D); `withdrawn` — Statex stopped waiting meanwhile (the questions
 * were answered elsewhere or the wait ran out), so nothing more should be sent.
 */
export type PromptEnd = 'answered' | 'interrupted' | 'closed' | 'withdrawn';

export interface PromptOutcome {
  /** The answers given, in the order asked; unanswered questions are left out. */
  answers: InterviewAnswer[];
  end: PromptEnd;
}

/** "Enter" with a suggestion shown accepts it; this alone leaves the question unanswered. */
export const LEAVE_OPEN = '-';

type LineRead = { kind: 'line'; text: string } | { kind: 'interrupted' | 'closed' | 'withdrawn' };

/**
 * Asks the questions not yet answered, one by one. The suggestion is shown as the default in
 * brackets: Enter accepts it, `-` leaves the question open, anything else is the answer. Ctrl-C or
 * the end of input stops asking and returns what was given; `signal` aborting (Statex went on)
 * does the same with `withdrawn`. The questions are printed as the server wrote them, in the
 * request's language; the CLI's own words are English like the rest of it.
 */
export async function askQuestions(questions: InterviewQuestionView[], streams: PromptStreams, signal?: AbortSignal): Promise<PromptOutcome> {
  const pending = questions.filter((q) => q.answer === null);
  const answers: InterviewAnswer[] = [];
  if (pending.length === 0) return { answers, end: 'answered' };
  const write = (text: string) => void streams.output.write(text);
  const answeredBefore = questions.length - pending.length;
  write(
    `\nStatex has ${pending.length === 1 ? 'a question' : `${pending.length} questions`} about your brief` +
      `${answeredBefore > 0 ? ` (${answeredBefore} already answered)` : ''}; answers make the terms and the site more precise.\n` +
      `Enter accepts a suggestion in [brackets], "${LEAVE_OPEN}" leaves a question open, Ctrl-C skips the rest.\n`,
  );
  const rl = createInterface({ input: streams.input, output: streams.output, terminal: streams.terminal, historySize: 0 });
  const typed = new LineQueue(rl);
  try {
    for (const [index, question] of pending.entries()) {
      const about = question.requirement ? ` (about ${question.requirement})` : '';
      write(`\nQuestion ${index + 1} of ${pending.length}${about}:\n${question.text}\n`);
      const prompt = question.suggestion ? `> [${question.suggestion}] ` : '> ';
      for (;;) {
        if (!typed.closed) {
          rl.setPrompt(prompt);
          rl.prompt();
        } else write(prompt);
        const read = await typed.next(signal);
        if (read.kind !== 'line') {
          write(read.kind === 'withdrawn' ? '\n' : `\n${describeStop(read.kind, answers.length)}\n`);
          return { answers, end: read.kind };
        }
        const line = read.text.trim();
        const text = line === '' ? (question.suggestion ?? '') : line === LEAVE_OPEN ? '' : line;
        const length = [...text].length;
        if (length > ANSWER_MAX_CHARS) {
          write(`That answer has ${length.toLocaleString('en')} characters; please keep it within ${ANSWER_MAX_CHARS.toLocaleString('en')}.\n`);
          continue;
        }
        if (text) answers.push({ questionId: question.id, text });
        break;
      }
    }
    return { answers, end: 'answered' };
  } finally {
    rl.close();
  }
}

function describeStop(end: 'interrupted' | 'closed', given: number): string {
  const how = end === 'interrupted' ? 'Stopped' : 'Input ended';
  return given > 0 ? `${how}: sending the ${given === 1 ? 'answer' : `${given} answers`} given; the other questions stay open.` : `${how}: skipping the questions.`;
}

/**
 * The lines typed, queued: readline emits every line of a pasted block at once, and a line must not
 * be lost between one question and the next.
 */
class LineQueue {
  private readonly lines: string[] = [];
  private end: 'interrupted' | 'closed' | null = null;
  private wake: (() => void) | null = null;
  /** The interface closed (end of input): lines already queued are still read. */
  closed = false;

  constructor(rl: Interface) {
    rl.on('line', (line) => this.push(() => this.lines.push(line)));
    // In raw mode Ctrl-C reaches readline as a key, not as a signal to the process.
    rl.on('SIGINT', () => this.push(() => (this.end ??= 'interrupted')));
    rl.on('close', () => {
      this.closed = true;
      this.push(() => (this.end ??= 'closed'));
    });
  }

  private push(change: () => void): void {
    change();
    this.wake?.();
  }

  /** The next line, or why none will come. */
  async next(signal: AbortSignal | undefined): Promise<LineRead> {
    for (;;) {
      if (signal?.aborted) return { kind: 'withdrawn' };
      const line = this.lines.shift();
      if (line !== undefined) return { kind: 'line', text: line };
      if (this.end) return { kind: this.end };
      await new Promise<void>((resolve) => {
        const done = () => {
          this.wake = null;
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.wake = done;
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }
}
