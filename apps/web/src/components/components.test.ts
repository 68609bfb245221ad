import { NextIntlClientProvider } from 'next-intl';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { OrderForm } from './order-form';
import { modificationState, StageList } from './status-view';

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
  it('is translated (Arabic)', () => {
    const html = withMessages('ar', createElement(OrderForm, { limits: { maxFiles: 10, maxBytes: 50 * 1024 * 1024 } }));
    expect(html).toContain(MESSAGES.ar.Order.submit);
  });
});
