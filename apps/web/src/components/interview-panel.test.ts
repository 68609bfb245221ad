import { NextIntlClientProvider } from 'next-intl';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import type { PanelQuestion } from '../lib/interview-api';
import { answersToSend, holdsSuggestion, InterviewPanel, mergeDrafts, secondsLeft, shownQuestions, whenGoesOn, type InterviewPanelProps } from './interview-panel';

const QUESTIONS: PanelQuestion[] = [
  { id: 'q1', text: 'Which treatments can patients book, and at what prices?', requirement: 'R2', suggestion: null, answer: null },
  { id: 'q2', text: 'When is the practice open?', requirement: 'R3', suggestion: 'Mon–Fri 8:00–17:00', answer: null },
  { id: 'q3', text: 'Is the practice called Smile Studio?', requirement: null, suggestion: 'Smile Studio', answer: null },
];

const render = (locale: 'en' | 'ar' | 'cs', props: Partial<InterviewPanelProps> = {}) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages: { Status: MESSAGES[locale].Status },
      timeZone: 'UTC',
      children: createElement(InterviewPanel, {
        auth: { id: 'abc', token: 't' },
        stage: 'clarifying',
        summary: { asked: 3, answered: 0, open: true, answerBy: new Date(Date.now() + 28 * 60_000).toISOString() },
        pushed: QUESTIONS,
        onAnswered: () => undefined,
        ...props,
      }),
    }),
  );

describe('the interview panel: drafts and what is sent', () => {
  it('prefills a field with its suggestion, and never overwrites what the customer typed when more questions arrive', () => {
    const first = mergeDrafts({}, QUESTIONS.slice(0, 2));
    expect(first).toEqual({ q1: '', q2: 'Mon–Fri 8:00–17:00' });
    const typed = { ...first, q1: 'Cleaning 1200 CZK' };
    const more = mergeDrafts(typed, QUESTIONS);
    expect(more).toEqual({ q1: 'Cleaning 1200 CZK', q2: 'Mon–Fri 8:00–17:00', q3: 'Smile Studio' });
    // Nothing new: the same object, so React does not render again.
    expect(mergeDrafts(more, QUESTIONS)).toBe(more);
  });

  it('sends the filled fields of open questions, trimmed; empty ones are left to the assumptions', () => {
    const drafts = { q1: '  Cleaning 1200 CZK, whitening 4500 CZK \n', q2: '   ', q3: 'Smile Studio' };
    expect(answersToSend(QUESTIONS, drafts)).toEqual([
      { questionId: 'q1', text: 'Cleaning 1200 CZK, whitening 4500 CZK' },
      { questionId: 'q3', text: 'Smile Studio' },
    ]);
    // A question answered already is not sent again.
    const answered = QUESTIONS.map((q) => (q.id === 'q3' ? { ...q, answer: 'Smile Studio' } : q));
    expect(answersToSend(answered, drafts).map((a) => a.questionId)).toEqual(['q1']);
    expect(answersToSend(QUESTIONS, {})).toEqual([]);
  });

  it('cuts an answer at the API limit of 2,000 characters', () => {
    const [answer] = answersToSend(QUESTIONS, { q1: 'x'.repeat(2_500) });
    expect(answer?.text).toHaveLength(2_000);
  });

  it('tells a suggestion kept as offered from the customer\'s own words', () => {
    const [, hours, name] = QUESTIONS as [PanelQuestion, PanelQuestion, PanelQuestion];
    expect(holdsSuggestion(hours, 'Mon–Fri 8:00–17:00')).toBe(true);
    expect(holdsSuggestion(hours, ' Mon–Fri 8:00–17:00 ')).toBe(true);
    expect(holdsSuggestion(hours, 'Mon–Thu 8:00–18:00')).toBe(false);
    expect(holdsSuggestion(QUESTIONS[0] as PanelQuestion, '')).toBe(false);
    expect(holdsSuggestion(name, '')).toBe(false);
  });
});

describe('the interview panel: time left', () => {
  const now = Date.parse('2026-12-02T18:00:00Z');
  it('counts down to answerBy and stops at zero', () => {
    expect(secondsLeft('2026-12-02T18:28:00Z', now)).toBe(28 * 60);
    expect(secondsLeft('2026-12-02T17:59:00Z', now)).toBe(0);
    expect(secondsLeft(null, now)).toBeNull();
    expect(secondsLeft('not a date', now)).toBeNull();
  });
  it('says it in the page\'s language', () => {
    expect(whenGoesOn('en', 28 * 60)).toBe('in 28 minutes');
    expect(whenGoesOn('en', 61)).toBe('in 2 minutes');
    expect(whenGoesOn('en', 40)).toBe('in 40 seconds');
    expect(whenGoesOn('de', 28 * 60)).toBe('in 28 Minuten');
    expect(whenGoesOn('cs', 5 * 60)).toBe('za 5 minut');
  });
});

describe('the interview panel: markup', () => {
  it('is a form: each question labels its field and cites its requirement; suggestions are marked as such', () => {
    const html = render('en');
    expect(html).toMatch(/<form[^>]*aria-labelledby="interview-heading"/);
    expect(html).toContain('<label for="answer-q1" class="block" dir="auto">Which treatments can patients book, and at what prices?</label>');
    expect(html).toMatch(/<textarea id="answer-q1" name="q1"/);
    expect(html).toContain('About R2');
    expect(html).toContain('About R3');
    expect(html).toContain('About the whole brief');
    // The suggestion fills the field and is described as a suggestion, to keep, change or clear.
    expect(html).toMatch(/<textarea id="answer-q2"[^>]*aria-describedby="answer-q2-hint"[^>]*data-suggested="true"[^>]*>Mon–Fri 8:00–17:00<\/textarea>/);
    expect(html).toContain(`<p id="answer-q2-hint" class="text-sm text-muted">${MESSAGES.en.Status.interview.suggestion}</p>`);
    expect(html).not.toMatch(/answer-q1-hint/);
    expect(html).toMatch(/<p role="status" aria-live="polite"/);
    expect(html).toContain('>Send answers</button>');
    expect(html).toContain('>Skip questions</button>');
    expect(html).toMatch(/<time dateTime="[^"]+">Without answers, Statex goes on in (28|27) minutes\.<\/time>/);
  });

  it('once the questions are closed, shows the answers read-only, with no field or button', () => {
    const answered = QUESTIONS.map((q) => (q.id === 'q2' ? { ...q, answer: 'Mon–Fri 8–18' } : q));
    const html = render('en', { stage: 'clarifying', summary: { asked: 3, answered: 1, open: false, answerBy: null }, pushed: answered });
    expect(html).not.toContain('<textarea');
    expect(html).not.toContain('<button');
    expect(html).toContain('1 of 3 questions answered');
    expect(html).toContain('Mon–Fri 8–18');
    expect(html).toContain(MESSAGES.en.Status.interview.notAnswered);
  });

  it('after the interview shows only what the API read (with answers), never the replayed event\'s unanswered questions', () => {
    const answered = QUESTIONS.map((q) => (q.id === 'q2' ? { ...q, answer: 'Mon–Fri 8–18' } : q));
    expect(shownQuestions(null, QUESTIONS, true)).toEqual([]);
    expect(shownQuestions({ questions: answered, open: false, answerBy: null }, QUESTIONS, true)).toBe(answered);
    // While clarifying, the event's questions stand in until the read returns them.
    expect(shownQuestions(null, QUESTIONS, false)).toBe(QUESTIONS);
    expect(shownQuestions({ questions: [], open: true, answerBy: null }, QUESTIONS, false)).toBe(QUESTIONS);
    expect(shownQuestions({ questions: answered, open: true, answerBy: null }, QUESTIONS, false)).toBe(answered);
    // Published, nothing read yet: no stale "0 of 3" summary.
    expect(render('en', { stage: 'published', summary: { asked: 3, answered: 1, open: false, answerBy: null }, pushed: QUESTIONS })).not.toContain('<details');
  });

  it('is translated (Arabic, Czech)', () => {
    const ar = render('ar');
    expect(ar).toContain(MESSAGES.ar.Status.interview.send);
    expect(ar).toContain('بخصوص R2');
    const cs = render('cs');
    expect(cs).toContain('K požadavku R3');
    expect(cs).toMatch(/Bez odpovědí bude Statex pokračovat za 2[78] minut\./);
  });
});
