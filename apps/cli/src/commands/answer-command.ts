import { ANSWER_MAX_CHARS, MAX_QUESTIONS, type InterviewAnswer } from '@statex/core';
import { StatexClient } from '../api-client.ts';
import type { QuestionsView } from '../api-types.ts';
import { ApiError, EXIT, InputError } from '../cli-errors.ts';
import { describeExpiry } from '../describe-duration.ts';
import { printJson } from '../print-result.ts';
import type { Terminal } from '../terminal.ts';
import { checkRequestReference } from './request-reference.ts';

export interface AnswerOptions {
  token: string;
  api: string;
  /** `q1=text`, repeated. */
  answer?: string[];
  skip?: boolean;
  /** Record the answers but keep waiting for more (the status page or another call may add some). */
  keepOpen?: boolean;
  json?: boolean;
}

/** `q1="Cleaning, whitening"` → `{questionId: 'q1', text: 'Cleaning, whitening'}`; problems are collected, not thrown one by one. */
export function parseAnswerOptions(raw: string[]): { answers: InterviewAnswer[]; problems: string[] } {
  const answers: InterviewAnswer[] = [];
  const problems: string[] = [];
  for (const item of raw) {
    const at = item.indexOf('=');
    const questionId = (at < 0 ? item : item.slice(0, at)).trim().toLowerCase();
    const text = at < 0 ? '' : item.slice(at + 1).trim();
    if (at < 0 || !/^q\d+$/.test(questionId)) {
      problems.push(`--answer ${item}: write it as <question id>=<answer>, e.g. --answer q1="Cleaning and whitening".`);
      continue;
    }
    const length = [...text].length;
    if (length === 0) problems.push(`--answer ${questionId}: the answer is empty (leave the question out to leave it open).`);
    else if (length > ANSWER_MAX_CHARS) problems.push(`--answer ${questionId}: the answer has ${length.toLocaleString('en')} characters; at most ${ANSWER_MAX_CHARS.toLocaleString('en')}.`);
    else if (answers.some((a) => a.questionId === questionId)) problems.push(`--answer ${questionId} is given twice; give each question one answer.`);
    else answers.push({ questionId, text });
  }
  if (answers.length > MAX_QUESTIONS) problems.push(`Statex asks at most ${MAX_QUESTIONS} questions; ${answers.length} answers were given.`);
  return { answers, problems };
}

/**
 * `statex answer`: for scripts and for anyone who saw the questions printed. Without `--answer`
 * or `--skip` it lists the questions; with them it sends the answers (or the skip) and, unless
 * `--keep-open`, tells Statex to go on. Statex having moved on already is said plainly: exit 0
 * for a skip (nothing is waiting), 2 for answers (they were not recorded).
 */
export async function answerCommand(rawId: string, options: AnswerOptions, terminal: Terminal): Promise<number> {
  const { id, token } = checkRequestReference(rawId, options.token);
  const { answers, problems } = parseAnswerOptions(options.answer ?? []);
  if (options.skip && answers.length + problems.length > 0) problems.push('Give either --answer or --skip, not both.');
  if (problems.length > 0) throw new InputError(problems);
  const client = new StatexClient(options.api);
  const view = await client.questions(id, token);

  if (!options.skip && answers.length === 0) {
    if (options.json) printJson(terminal, view);
    else printQuestions(terminal, id, token, view);
    return EXIT.OK;
  }
  const known = new Set(view.questions.map((q) => q.id));
  const unknown = answers.filter((a) => !known.has(a.questionId)).map((a) => a.questionId);
  if (unknown.length > 0) {
    const asked = view.questions.length > 0 ? `Its questions are ${view.questions.map((q) => q.id).join(', ')}.` : 'It has no questions.';
    throw new InputError([`Request ${id} has no question ${unknown.join(', ')}. ${asked} See them with: statex answer ${id} --token <token>`]);
  }

  try {
    const accepted = await client.answer(id, token, options.skip ? [] : answers, options.skip === true || options.keepOpen !== true);
    if (options.json) printJson(terminal, accepted);
    else if (options.skip) terminal.print(`Skipped the questions of request ${id}; Statex goes on with what it has.`);
    else {
      const recorded = `Recorded ${answers.length === 1 ? 'the answer' : `${answers.length} answers`} for request ${id}`;
      if (accepted.open) terminal.print(`${recorded}; ${accepted.remaining} ${accepted.remaining === 1 ? 'question is' : 'questions are'} still open.`);
      else terminal.print(`${recorded}; Statex goes on${accepted.remaining > 0 ? ` (${accepted.remaining} left unanswered become stated assumptions)` : ''}.`);
    }
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409)) throw error;
    if (options.skip) {
      terminal.print(`Request ${id} is no longer waiting for answers; Statex has already gone on.`);
      return EXIT.OK;
    }
    terminal.warn(`${error.code}: ${error.apiMessage}`);
    terminal.warn(`Request ${id} is no longer waiting for answers; Statex has already gone on without these.`);
    return EXIT.API;
  }
}

function printQuestions(terminal: Terminal, id: string, token: string, view: QuestionsView): void {
  if (view.questions.length === 0) {
    terminal.print(`Request ${id} has no questions.`);
    return;
  }
  terminal.print(`Questions about request ${id}${view.open ? '' : ' (no longer waiting for answers)'}:`);
  for (const q of view.questions) {
    terminal.print(`  ${q.id}${q.requirement ? ` (about ${q.requirement})` : ''}: ${q.text}`);
    if (q.answer !== null) terminal.print(`      answered: ${q.answer}`);
    else if (q.suggestion) terminal.print(`      suggested: ${q.suggestion}`);
  }
  if (!view.open) return;
  if (view.answerBy) terminal.print(`Statex waits for answers until ${describeExpiry(view.answerBy)}.`);
  const open = view.questions.filter((q) => q.answer === null);
  if (open.length > 0) terminal.print(`Answer: statex answer ${id} --token ${token} ${open.map((q) => `--answer ${q.id}="…"`).join(' ')}`);
}
