import { STAGES, type InterviewAnswer, type Stage } from '@statex/core';
import type { StatexClient } from './api-client.ts';
import type { InterviewQuestionView, QuestionsView } from './api-types.ts';
import { ApiError } from './cli-errors.ts';
import { describeExpiry } from './describe-duration.ts';
import { askQuestions, type PromptOutcome, type PromptStreams } from './interview-prompt.ts';
import type { ProgressReporter } from './progress-reporter.ts';

/**
 * What the CLI does when a followed request waits in `clarifying`:
 * `prompt` — asks in the terminal and sends the answers; `print` — prints the questions and how to
 * answer them (no terminal to ask in), and keeps following; `skip` — sends "skip" at once
 * (`--no-questions`), so generation starts.
 */
export type InterviewHandling = 'prompt' | 'print' | 'skip';

/** `prompt` needs a terminal on both ends; `--json` keeps stdout for its one object. */
export function interviewHandling(options: { questions: boolean; json: boolean; stdinIsTTY: boolean; stdoutIsTTY: boolean }): InterviewHandling {
  if (!options.questions) return 'skip';
  return options.stdinIsTTY && options.stdoutIsTTY && !options.json ? 'prompt' : 'print';
}

export interface InterviewFollowerOptions {
  client: StatexClient;
  id: string;
  token: string;
  handling: InterviewHandling;
  reporter: ProgressReporter;
  /** Where `prompt` asks; opened only when it does. */
  streams: () => PromptStreams;
  /** Lines for people when not prompting (stdout, or stderr under `--json`). */
  say: (text: string) => void;
  /** The web app's status page for this request, where the questions can be answered too. */
  statusPage: string;
}

const CLARIFYING = STAGES.indexOf('clarifying');

/**
 * Watches the stages of a followed request; when it enters `clarifying`, handles the questions once,
 * concurrently with the event stream (which must keep being read). When the request moves on
 * meanwhile (answered on the status page, the wait ran out), a prompt is withdrawn.
 */
export class InterviewFollower {
  private readonly options: InterviewFollowerOptions;
  private started = false;
  private stopped = false;
  private readonly moved = new AbortController();
  private running: Promise<void> = Promise.resolve();

  constructor(options: InterviewFollowerOptions) {
    this.options = options;
  }

  /** A stage of the followed version, in order (a replayed history included). */
  stage(stage: Stage): void {
    if (stage === 'clarifying') {
      if (this.started) return;
      this.started = true;
      this.running = this.handle().catch((error: unknown) => {
        // Following goes on: the request never waits for answers longer than its bound.
        this.options.reporter.resume();
        this.options.reporter.info(`Could not handle Statex's questions (${describe(error)}); following goes on, and Statex proceeds without answers when its wait ends.`);
      });
    } else if (STAGES.indexOf(stage) > CLARIFYING && !this.moved.signal.aborted) {
      this.moved.abort();
    }
  }

  /** Following ended: a prompt still open is withdrawn. */
  stop(): void {
    this.stopped = true;
    if (!this.moved.signal.aborted) this.moved.abort();
  }

  /** Waits until the questions are handled (sent, printed or withdrawn). */
  settled(): Promise<void> {
    return this.running;
  }

  private async handle(): Promise<void> {
    const { client, id, token, handling, reporter } = this.options;
    const view = await client.questions(id, token);
    // A replayed history: the request may have moved on before the questions were read.
    if (this.moved.signal.aborted || !view.open) return;
    const open = view.questions.filter((q) => q.answer === null);
    if (handling === 'skip') {
      await this.send([], '--no-questions: skipped the questions; generating now.');
      return;
    }
    if (open.length === 0) return;
    if (handling === 'print') {
      for (const line of this.questionsText(view, open)) this.options.say(line);
      return;
    }
    reporter.pause();
    let outcome: PromptOutcome;
    try {
      outcome = await askQuestions(view.questions, this.options.streams(), this.moved.signal);
    } finally {
      reporter.resume();
    }
    if (outcome.end === 'withdrawn') {
      if (!this.stopped) reporter.info('Statex stopped waiting for answers (they were given elsewhere, or the wait ended) and went on.');
      return;
    }
    const count = outcome.answers.length;
    await this.send(outcome.answers, count > 0 ? `Sent ${count === 1 ? 'your answer' : `${count} answers`}; generating now.` : 'No answers given: skipped the questions; generating now.');
  }

  /** Sends the answers (or skip) and ends the wait; a 409 means Statex had already moved on. */
  private async send(answers: InterviewAnswer[], sent: string): Promise<void> {
    const { client, id, token, reporter } = this.options;
    try {
      await client.answer(id, token, answers, true);
      reporter.info(sent);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      reporter.info(`Statex had already moved on without ${answers.length > 0 ? 'these answers' : 'waiting'} (${error.apiMessage}).`);
    }
  }

  private questionsText(view: QuestionsView, open: InterviewQuestionView[]): string[] {
    const { id, token, statusPage } = this.options;
    const lines = ['', `Statex has ${open.length === 1 ? 'a question' : `${open.length} questions`} about your brief:`];
    for (const q of open) {
      lines.push(`  ${q.id}${q.requirement ? ` (about ${q.requirement})` : ''}: ${q.text}`);
      if (q.suggestion) lines.push(`      suggested: ${q.suggestion}`);
    }
    const example = open.map((q) => `--answer ${q.id}="…"`).slice(0, 2).join(' ');
    lines.push(
      view.answerBy ? `It waits for answers until ${describeExpiry(view.answerBy)}, then goes on with what it has.` : 'It waits a while for answers, then goes on with what it has.',
      `Answer on the status page: ${statusPage}`,
      `or here: statex answer ${id} --token ${token} ${example}   (--skip to go on at once)`,
      '',
    );
    return lines;
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError) return `${error.code}: ${error.apiMessage}`;
  return error instanceof Error ? error.message : String(error);
}
