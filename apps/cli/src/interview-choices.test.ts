import { ANSWER_MAX_CHARS } from '@statex/core';
import { describe, expect, it } from 'vitest';
import { parseAnswerOptions } from './commands/answer-command.ts';
import { submissionInterview } from './commands/submit-command.ts';
import { interviewHandling } from './interview-follower.ts';

describe('who is asked', () => {
  const tty = { isTTY: true, stdinIsTTY: true };
  it('submit asks to be asked only with a person at a terminal', () => {
    expect(submissionInterview({ questions: true }, tty)).toBe('ask');
    expect(submissionInterview({ questions: false }, tty)).toBe('skip');
    expect(submissionInterview({ questions: true, json: true }, tty)).toBe('skip');
    expect(submissionInterview({ questions: true }, { isTTY: true, stdinIsTTY: false })).toBe('skip');
    expect(submissionInterview({ questions: true }, { isTTY: false, stdinIsTTY: true })).toBe('skip');
  });

  it('following prompts in a terminal, prints when piped or --json, skips with --no-questions', () => {
    const both = { stdinIsTTY: true, stdoutIsTTY: true };
    expect(interviewHandling({ questions: true, json: false, ...both })).toBe('prompt');
    expect(interviewHandling({ questions: true, json: true, ...both })).toBe('print');
    expect(interviewHandling({ questions: true, json: false, stdinIsTTY: false, stdoutIsTTY: true })).toBe('print');
    expect(interviewHandling({ questions: true, json: false, stdinIsTTY: true, stdoutIsTTY: false })).toBe('print');
    expect(interviewHandling({ questions: false, json: false, ...both })).toBe('skip');
  });
});

describe('parseAnswerOptions (statex answer --answer q1=…)', () => {
  it('splits at the first "=", trims, and keeps "=" inside the answer', () => {
    expect(parseAnswerOptions(['q1=Check-ups, cleaning', ' Q2 = Price = from £50 ', 'q3=Mo–Fr 8–18'])).toEqual({
      answers: [
        { questionId: 'q1', text: 'Check-ups, cleaning' },
        { questionId: 'q2', text: 'Price = from £50' },
        { questionId: 'q3', text: 'Mo–Fr 8–18' },
      ],
      problems: [],
    });
  });

  it('names each problem: no id, empty, too long, twice, too many', () => {
    const { problems } = parseAnswerOptions(['Check-ups', 'q1=', `q2=${'x'.repeat(ANSWER_MAX_CHARS + 1)}`, 'q3=a', 'q3=b']);
    expect(problems).toEqual([
      '--answer Check-ups: write it as <question id>=<answer>, e.g. --answer q1="Cleaning and whitening".',
      '--answer q1: the answer is empty (leave the question out to leave it open).',
      '--answer q2: the answer has 2,001 characters; at most 2,000.',
      '--answer q3 is given twice; give each question one answer.',
    ]);
    expect(parseAnswerOptions(['q1=a', 'q2=b', 'q3=c', 'q4=d', 'q5=e', 'q6=f']).problems).toEqual(['Statex asks at most 5 questions; 6 answers were given.']);
  });
});
