import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { ANSWER_MAX_CHARS } from '@statex/core';
import { describe, expect, it } from 'vitest';
import type { InterviewQuestionView } from './api-types.ts';
import { askQuestions, type PromptStreams } from './interview-prompt.ts';

const QUESTIONS: InterviewQuestionView[] = [
  { id: 'q1', text: 'Welche Behandlungen können online gebucht werden?', requirement: 'R3', suggestion: null, answer: null },
  { id: 'q2', text: 'Wie heißt Ihre Praxis?', requirement: null, suggestion: 'Zahnarztpraxis Dr. Weber', answer: null },
  { id: 'q3', text: 'Zu welchen Zeiten ist die Praxis geöffnet?', requirement: 'R5', suggestion: 'Mo–Fr 8–18 Uhr', answer: null },
];

/** Fake terminal: what is typed goes into `input`; everything written is collected. */
function fakeStreams(terminal = false): PromptStreams & { typed: PassThrough; shown: () => string } {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (shown += chunk));
  return { input, output, terminal, typed: input, shown: () => shown };
}

/** Waits until the prompt has printed `text` (so typing happens when a person would type). */
async function until(shown: () => string, text: string, occurrence = 1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (shown().split(text).length - 1 >= occurrence) return;
    await sleep(5);
  }
  throw new Error(`"${text}" was not shown; got:\n${shown()}`);
}

describe('askQuestions (the brief interview in a terminal)', () => {
  it('prints each question with its requirement, takes typed text, accepts a suggestion with Enter and leaves one open with "-"', async () => {
    const io = fakeStreams();
    const asking = askQuestions(QUESTIONS, io);
    await until(io.shown, 'Question 1 of 3 (about R3):');
    io.typed.write('Kontrolle, Zahnreinigung, Bleaching\n');
    await until(io.shown, '> [Zahnarztpraxis Dr. Weber] ');
    io.typed.write('\n');
    await until(io.shown, '> [Mo–Fr 8–18 Uhr] ');
    io.typed.write('-\n');
    const outcome = await asking;

    expect(outcome.end).toBe('answered');
    expect(outcome.answers).toEqual([
      { questionId: 'q1', text: 'Kontrolle, Zahnreinigung, Bleaching' },
      { questionId: 'q2', text: 'Zahnarztpraxis Dr. Weber' },
    ]);
    const shown = io.shown();
    // The server's words, unchanged; the requirement is named where there is one.
    expect(shown).toContain('Question 1 of 3 (about R3):\nWelche Behandlungen können online gebucht werden?\n> ');
    expect(shown).toContain('Question 2 of 3:\nWie heißt Ihre Praxis?\n> [Zahnarztpraxis Dr. Weber] ');
    expect(shown).toContain('Question 3 of 3 (about R5):');
    expect(shown).toContain('Statex has 3 questions about your brief');
  });

  it('a question without a suggestion answered with Enter stays open', async () => {
    const io = fakeStreams();
    const asking = askQuestions([QUESTIONS[0] as InterviewQuestionView], io);
    await until(io.shown, '> ');
    io.typed.write('   \n');
    expect(await asking).toEqual({ answers: [], end: 'answered' });
  });

  it('asks only what is still open, saying how many were answered elsewhere', async () => {
    const io = fakeStreams();
    const answered = QUESTIONS.map((q) => (q.id === 'q1' ? { ...q, answer: 'Kontrolle' } : q));
    const asking = askQuestions(answered, io);
    await until(io.shown, 'Question 1 of 2:');
    io.typed.write('Praxis am Markt\n');
    await until(io.shown, 'Question 2 of 2 (about R5):');
    io.typed.write('Mo–Do 7–19 Uhr\n');
    const outcome = await asking;
    expect(outcome.answers.map((a) => a.questionId)).toEqual(['q2', 'q3']);
    expect(io.shown()).toContain('Statex has 2 questions about your brief (1 already answered)');
    expect(io.shown()).not.toContain('Welche Behandlungen');
  });

  it('reads every line of a pasted block, none lost between questions', async () => {
    const io = fakeStreams();
    const asking = askQuestions(QUESTIONS, io);
    io.typed.write('Kontrolle\nPraxis Sonnenschein\nMo–Fr 9–17\n');
    const outcome = await asking;
    expect(outcome.answers.map((a) => a.text)).toEqual(['Kontrolle', 'Praxis Sonnenschein', 'Mo–Fr 9–17']);
  });

  it('the end of input (Ctrl-D) stops asking and returns what was given', async () => {
    const io = fakeStreams();
    const asking = askQuestions(QUESTIONS, io);
    await until(io.shown, 'Question 1 of 3');
    io.typed.write('Kontrolle und Reinigung\n');
    await until(io.shown, 'Question 2 of 3');
    io.typed.end();
    const outcome = await asking;
    expect(outcome).toEqual({ answers: [{ questionId: 'q1', text: 'Kontrolle und Reinigung' }], end: 'closed' });
    expect(io.shown()).toContain('Input ended: sending the answer given; the other questions stay open.');
    expect(io.shown()).not.toContain('Question 3 of 3');
  });

  it('Ctrl-C in a terminal skips the rest; with nothing given it says the questions are skipped', async () => {
    const io = fakeStreams(true);
    const asking = askQuestions(QUESTIONS, io);
    await until(io.shown, 'Question 1 of 3');
    io.typed.write('\u0003');
    const outcome = await asking;
    expect(outcome).toEqual({ answers: [], end: 'interrupted' });
    expect(io.shown()).toContain('Stopped: skipping the questions.');
  });

  it('Ctrl-C after two answers keeps both', async () => {
    const io = fakeStreams(true);
    const asking = askQuestions(QUESTIONS, io);
    await until(io.shown, 'Question 1 of 3');
    io.typed.write('Kontrolle\r');
    await until(io.shown, 'Question 2 of 3');
    io.typed.write('\r');
    await until(io.shown, 'Question 3 of 3');
    io.typed.write('\u0003');
    const outcome = await asking;
    expect(outcome.end).toBe('interrupted');
    expect(outcome.answers).toEqual([
      { questionId: 'q1', text: 'Kontrolle' },
      { questionId: 'q2', text: 'Zahnarztpraxis Dr. Weber' },
    ]);
    expect(io.shown()).toContain('Stopped: sending the 2 answers given');
  });

  it('asks again when an answer is too long', async () => {
    const io = fakeStreams();
    const asking = askQuestions([QUESTIONS[0] as InterviewQuestionView], io);
    await until(io.shown, '> ');
    io.typed.write(`${'x'.repeat(ANSWER_MAX_CHARS + 1)}\n`);
    await until(io.shown, 'please keep it within 2,000');
    io.typed.write('Kontrolle\n');
    const outcome = await asking;
    expect(outcome.answers).toEqual([{ questionId: 'q1', text: 'Kontrolle' }]);
  });

  it('withdraws the questions when Statex moves on meanwhile', async () => {
    const io = fakeStreams();
    const moved = new AbortController();
    const asking = askQuestions(QUESTIONS, io, moved.signal);
    await until(io.shown, 'Question 1 of 3');
    io.typed.write('Kontrolle\n');
    await until(io.shown, 'Question 2 of 3');
    moved.abort();
    const outcome = await asking;
    expect(outcome).toEqual({ answers: [{ questionId: 'q1', text: 'Kontrolle' }], end: 'withdrawn' });
  });

  it('asks nothing when every question is answered', async () => {
    const io = fakeStreams();
    const outcome = await askQuestions(QUESTIONS.map((q) => ({ ...q, answer: 'ja' })), io);
    expect(outcome).toEqual({ answers: [], end: 'answered' });
    expect(io.shown()).toBe('');
  });
});
