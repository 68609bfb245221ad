import { NextIntlClientProvider } from 'next-intl';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { OrderForm } from './order-form';
import { hasInterview, modificationState, StageList } from './status-view';

const withMessages = (locale: 'en' | 'ar', node: ReturnType<typeof createElement>) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: MESSAGES[locale], timeZone: 'UTC', children: node }));

describe('StageList', () => {
  const labels = MESSAGES.en.Status.stage;
  it('marks the stages before the current one done and the current one as the step', () => {
    const html = renderToStaticMarkup(createElement(StageList, { stage: 'generating', labels }));
    expect(html).toMatch(/data-stage="extracting" data-state="done"/);
    expect(html).toMatch(/data-stage="generating" data-state="current" aria-current="step"/);
    expect(html).toMatch(/data-stage="published" data-state="todo"/);
  });
  it('shows every stage done once published', () => {
    const html = renderToStaticMarkup(createElement(StageList, { stage: 'published', labels }));
    expect(html.match(/data-state="done"/g)).toHaveLength(6);
  });
  it('shows the optional clarifying stage only for a request with an interview, never as a step to come otherwise', () => {
    expect(renderToStaticMarkup(createElement(StageList, { stage: 'extracting', labels }))).not.toContain('clarifying');
    const waiting = renderToStaticMarkup(createElement(StageList, { stage: 'clarifying', labels }));
    expect(waiting).toMatch(/data-stage="extracting" data-state="done"/);
    expect(waiting).toMatch(/data-stage="clarifying" data-state="current" aria-current="step"[^>]*>.*Questions for you/);
    const later = renderToStaticMarkup(createElement(StageList, { stage: 'rendering', labels, withInterview: true }));
    expect(later).toMatch(/data-stage="clarifying" data-state="done"/);
    expect(later.match(/data-state="done"/g)).toHaveLength(4);
  });
});

describe('hasInterview', () => {
  it('is true while clarifying, when questions were asked, or when the history went through clarifying', () => {
    expect(hasInterview(null)).toBe(false);
    expect(hasInterview({ stage: 'generating' })).toBe(false);
    expect(hasInterview({ stage: 'generating', interview: null, history: [{ stage: 'received' }, { stage: 'extracting' }, { stage: 'generating' }] })).toBe(false);
    expect(hasInterview({ stage: 'generating', interview: { asked: 0, answered: 0, open: false, answerBy: null } })).toBe(false);
    expect(hasInterview({ stage: 'clarifying' })).toBe(true);
    expect(hasInterview({ stage: 'published', interview: { asked: 3, answered: 2, open: false, answerBy: null } })).toBe(true);
    expect(hasInterview({ stage: 'published', history: [{ stage: 'extracting' }, { stage: 'clarifying' }, { stage: 'generating' }] })).toBe(true);
  });
});

describe('modificationState', () => {
  it('is in progress from sending until version 2 is published, then applied (never "being made" for ever)', () => {
    expect(modificationState({ stage: 'published', version: 1, modificationsLeft: 1 }, true)).toBe('in-progress');
    expect(modificationState({ stage: 'generating', version: 2, modificationsLeft: 0 }, true)).toBe('in-progress');
    expect(modificationState({ stage: 'published', version: 2, modificationsLeft: 0 }, true)).toBe('applied');
    // Reopened later, without this page having sent it:
    expect(modificationState({ stage: 'published', version: 2, modificationsLeft: 0 }, false)).toBe('applied');
    expect(modificationState({ stage: 'published', version: 1, modificationsLeft: 1 }, false)).toBe('none');
    expect(modificationState({ stage: 'failed', version: 2, modificationsLeft: 0 }, false)).toBe('none');
  });
});

describe('OrderForm', () => {
  it('has a labelled brief, email, voice recorder, multi-file picker and explained privacy choices', () => {
    const html = withMessages('en', createElement(OrderForm, { limits: { maxFiles: 10, maxBytes: 50 * 1024 * 1024 } }));
    expect(html).toContain('<label class="mb-1 block font-semibold" for="brief">Your brief</label>');
    expect(html).toMatch(/<input id="email" type="email"[^>]*name="email"/);
    expect(html).toContain('● Record');
    expect(html).toMatch(/type="file" multiple=""/);
    expect(html).toContain('up to 10 files, 50 MB in all');
    expect(html).toContain(MESSAGES.en.Order.privacyEnhancedHelp);
    expect(html).toContain(MESSAGES.en.Order.complianceEuHelp);
  });
  it('asks to be asked by default: a ticked, labelled checkbox whose help gives the bound (5 questions, 30 minutes)', () => {
    const html = withMessages('en', createElement(OrderForm, { limits: { maxFiles: 10, maxBytes: 50 * 1024 * 1024 } }));
    const checkbox = html.match(/<input [^>]*id="interview"[^>]*>/)?.[0] ?? '';
    expect(checkbox).toContain('type="checkbox"');
    expect(checkbox).toContain('name="interview"');
    expect(checkbox).toMatch(/ checked=""/);
    expect(checkbox).toContain('aria-describedby="interview-help"');
    expect(html).toContain('<label for="interview"><span class="font-semibold">Ask me a few questions if my brief leaves something open</span>');
    expect(html).toContain('At most 5 questions, on the status page. If you do not answer within 30 minutes, Statex goes on without the answers.');
  });
  it('is translated (Arabic)', () => {
    const html = withMessages('ar', createElement(OrderForm, { limits: { maxFiles: 10, maxBytes: 50 * 1024 * 1024 } }));
    expect(html).toContain(MESSAGES.ar.Order.submit);
  });
});
