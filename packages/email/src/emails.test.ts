import type { Requirement, TermsDiff } from '@statex/core';
import { EMAIL_MESSAGES, LOCALES } from '@statex/i18n';
import { describe, expect, it } from 'vitest';
import { confirmRequestEmail } from './confirm-request-email.ts';
import { expiryReminderEmail } from './expiry-reminder-email.ts';
import { failedEmail } from './failed-email.ts';
import { modificationPublishedEmail } from './modification-published-email.ts';
import { publishedEmail } from './published-email.ts';
import { questionsEmail } from './questions-email.ts';
import { orderPageUrl, statusPageUrl } from './status-page-link.ts';
import type { RenderedEmail } from './email-layout.ts';

const requirement = (id: string, text: string): Requirement => ({ id, text, category: 'functional', priority: 'must', source: 'brief' });
const expiresAt = new Date('2026-12-16T14:00:00Z');
const recipient = (locale: string) => ({
  locale,
  name: 'Petra',
  business: 'BrewBox',
  statusUrl: statusPageUrl('https://statex.example/', locale, 'abc123', 'tok-en/1'),
});
const diff: TermsDiff = {
  added: [requirement('R7', 'Integrations page listing the supported tools')],
  changed: [{ id: 'R2', before: requirement('R2', 'Pricing with the plans Starter, Team, Office'), after: requirement('R2', 'Pricing with the plans Starter, Growth, Office'), fields: ['text'] }],
  removed: [requirement('R5', 'A blog with monthly articles')],
};

function everyEmail(locale: string): RenderedEmail[] {
  const base = recipient(locale);
  return [
    publishedEmail({ ...base, prototypeUrl: 'http://r-abc123.localhost:8080/', requirementCount: 6, expiresAt, modificationAvailable: true }),
    modificationPublishedEmail({ ...base, prototypeUrl: 'http://r-abc123.localhost:8080/', version: 2, diff, expiresAt }),
    failedEmail({ ...base, reason: 'x', modification: false, quotaRefunded: true, orderUrl: orderPageUrl('https://statex.example', locale) }),
    failedEmail({ ...base, reason: 'x', modification: true, quotaRefunded: true, orderUrl: orderPageUrl('https://statex.example', locale) }),
    expiryReminderEmail({ ...base, prototypeUrl: 'http://r-abc123.localhost:8080/', expiresAt, modificationAvailable: true }),
    questionsEmail({ ...base, statusUrl: base.statusUrl, questions: [{ id: 'q1', text: 'Dr. Novák?', suggestion: 'Dr. Nováková' }, { id: 'q2', text: 'BrewBox Café?', suggestion: null }], answerBy: expiresAt }),
    confirmRequestEmail({ locale, confirmUrl: 'https://statex.example/api/auth/confirm?token=abc', expiresAt }),
  ];
}

/** Three-word runs of the English email text: a cognate ("plan", "brief") may occur in another language, a run of three English words does not. */
const trigrams = (text: string): string[] => {
  const words = (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  return words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
};
const ENGLISH_TRIGRAMS = new Set(
  Object.entries(EMAIL_MESSAGES.en)
    .filter(([key]) => key !== 'brand')
    // Arguments and ICU syntax become breaks, so no run spans them.
    .flatMap(([, message]) => message.split(/[{}]/).flatMap(trigrams)),
);

function visibleText(email: RenderedEmail): string {
  // The text part, the subject and the HTML without its tags, attributes, links and styles.
  const htmlText = email.html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
  return `${email.subject}\n${email.text}\n${htmlText}`.replace(/https?:\/\/\S+/g, ' ');
}

describe('customer emails', () => {
  it('are HTML with a plain-text alternative carrying the same links', () => {
    for (const email of everyEmail('en').slice(0, -1)) {
      expect(email.html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
      expect(email.text.length).toBeGreaterThan(100);
      expect(email.text).not.toMatch(/<[a-z]/i);
      expect(email.html).toContain('href="https://statex.example/en/status?id=abc123#token=tok-en%2F1"');
      expect(email.text).toContain('https://statex.example/en/status?id=abc123#token=tok-en%2F1');
      expect(email.text).toContain('Hello Petra,');
    }
  });

  it('name the business and link the prototype, the status page in the request’s locale, and the deletion date', () => {
    const [published] = everyEmail('de');
    expect(published?.subject).toBe('Ihr Prototyp für BrewBox ist fertig');
    expect(published?.text).toContain('http://r-abc123.localhost:8080/');
    expect(published?.text).toContain('https://statex.example/de/status?id=abc123#token=tok-en%2F1');
    expect(published?.text).toContain('16. Dezember 2026 um 14:00 UTC');
    expect(published?.text).toContain('6 Anforderungen');
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('carry no English scaffolding in %s', (locale) => {
    for (const email of everyEmail(locale)) {
      const english = trigrams(visibleText(email)).filter((run) => ENGLISH_TRIGRAMS.has(run));
      expect(english, email.subject).toEqual([]);
    }
  });

  it('write Arabic right to left, with Latin names isolated', () => {
    const [published] = everyEmail('ar');
    expect(published?.html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(published?.subject).toBe('نموذجك الأولي لـ \u2068BrewBox\u2069 جاهز');
    expect(published?.html).toContain('text-align:right');
  });

  it('say what the modification changed: added, changed (with the old wording) and removed, by id', () => {
    const email = modificationPublishedEmail({ ...recipient('en'), prototypeUrl: 'http://p/', version: 2, diff, expiresAt });
    expect(email.subject).toBe('Version 2 of BrewBox is live');
    expect(email.text).toContain('Added\n- R7 Integrations page listing the supported tools');
    expect(email.text).toContain('Changed\n- R2 Pricing with the plans Starter, Growth, Office\n  (before: Pricing with the plans Starter, Team, Office)');
    expect(email.text).toContain('Removed\n- R5 A blog with monthly articles');
    expect(email.html).toContain('<strong dir="ltr">R7</strong> Integrations page listing the supported tools');
    const none = modificationPublishedEmail({ ...recipient('cs'), prototypeUrl: 'http://p/', version: 2, diff: { added: [], changed: [], removed: [] }, expiresAt });
    expect(none.text).toContain('Žádný požadavek se nezměnil');
  });

  it('list renamed, repriced, added and removed facts in the customer’s words', () => {
    const fact = (label: string, value?: string) => ({ kind: 'price' as const, label, source: 'brief', ...(value ? { value } : {}) });
    const withFacts: TermsDiff = { ...diff, facts: { renamed: [{ before: fact('Standard', '1500 Kč'), after: fact('Growth', '1500 Kč') }], changed: [{ before: fact('Basic', '800 Kč'), after: fact('Basic', '900 Kč') }], added: [fact('Enterprise', '9000 Kč')], removed: [fact('Premium', '4500 Kč')] } };
    const email = modificationPublishedEmail({ ...recipient('cs'), prototypeUrl: 'http://p/', version: 2, diff: withFacts, expiresAt });
    expect(email.text).toContain('Údaje na webu\n- ~ Standard → Growth\n- ~ Basic: 800 Kč → 900 Kč\n- + Enterprise: 9000 Kč\n- − Premium: 4500 Kč');
  });

  it('offer the modification on the status page only while it is unused', () => {
    const [published, modified, failed, failedModification] = everyEmail('en');
    expect(published?.text).toContain('ask for your one modification');
    expect(modified?.text).not.toContain('ask for your one modification');
    expect(modified?.text).toContain('On your status page you can read the terms of reference and the realization plan and follow every step.');
    expect(failed?.text).not.toContain('ask for your one modification');
    expect(failedModification?.text).toContain('ask for your one modification');
  });

  it('escape customer text in the HTML part', () => {
    const email = modificationPublishedEmail({ ...recipient('en'), business: '<b>Evil</b> & Co', prototypeUrl: 'http://p/', version: 2, diff: { ...diff, added: [requirement('R8', '<script>alert(1)</script>')] }, expiresAt });
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('&lt;b&gt;Evil&lt;/b&gt; &amp; Co');
  });

  it('list the interview’s questions with their suggestions, the deadline and the status page to answer on', () => {
    const questions = [
      { id: 'q1', text: 'Which treatments can patients book online?', suggestion: 'Check-up, cleaning, whitening' },
      { id: 'q2', text: 'What are your opening hours?', suggestion: null },
    ];
    const en = questionsEmail({ ...recipient('en'), statusUrl: recipient('en').statusUrl, questions, answerBy: expiresAt });
    expect(en.subject).toBe('Before we build: 2 questions about your brief');
    expect(en.text).toContain('Our questions\n- 1. Which treatments can patients book online?\n  (Suggested answer: Check-up, cleaning, whitening)\n- 2. What are your opening hours?\n');
    expect(en.text).toContain('until December 16, 2026 at 02:00 PM UTC');
    expect(en.text).toContain('Answer the questions:\nhttps://statex.example/en/status?id=abc123#token=tok-en%2F1');
    // The one thing to do is answering: no second status-page button offering the modification.
    expect(en.text).not.toContain('modification');
    const one = questionsEmail({ ...recipient('ru'), statusUrl: 'https://s/', questions: questions.slice(0, 1), answerBy: expiresAt });
    expect(one.subject).toBe('Прежде чем начать: 1 вопрос по вашему брифу');
    const five = questionsEmail({ ...recipient('cs'), statusUrl: 'https://s/', questions: Array.from({ length: 5 }, (_, i) => ({ id: `q${i + 1}`, text: `Otázka ${i + 1}?`, suggestion: null })), answerBy: expiresAt });
    expect(five.subject).toBe('Než začneme: 5 otázek k vašemu zadání');
    expect(five.text).toContain('zůstalo otevřeno 5 bodů');
    const ar = questionsEmail({ ...recipient('ar'), statusUrl: 'https://s/', questions: [{ id: 'q1', text: 'ما ساعات العمل؟', suggestion: 'Mon–Fri 9–17' }], answerBy: expiresAt });
    expect(ar.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(ar.text).toContain('إجابة مقترحة: \u2068Mon–Fri 9–17\u2069');
  });

  it('ask to confirm the address without a status page (the request has not started)', () => {
    const email = confirmRequestEmail({ locale: 'de', confirmUrl: 'https://statex.example/api/auth/confirm?token=abc', expiresAt });
    expect(email.subject).toBe('Bestätigen Sie Ihre Statex-Anfrage');
    expect(email.text).toContain('Bestätigen und starten:\nhttps://statex.example/api/auth/confirm?token=abc');
    expect(email.text).toContain('bis zum 16. Dezember 2026 um 14:00 UTC');
    expect(email.text).not.toContain('/status?');
  });

  it('read well without a business name or a contact name, in every locale', () => {
    for (const locale of LOCALES) {
      const email = publishedEmail({ locale, statusUrl: 'https://s/', prototypeUrl: 'https://p/', requirementCount: 1, expiresAt, modificationAvailable: false });
      expect(email.subject).not.toMatch(/\{|\}|undefined|null/);
      expect(email.text).not.toMatch(/\{|\}|undefined|null/);
    }
  });

  it('offer the modification in the reminder only while it is unused, and send a failed first request to the order page', () => {
    const base = recipient('en');
    expect(expiryReminderEmail({ ...base, prototypeUrl: 'http://p/', expiresAt, modificationAvailable: true }).text).toContain('You have not used your modification yet');
    expect(expiryReminderEmail({ ...base, prototypeUrl: 'http://p/', expiresAt, modificationAvailable: false }).text).not.toContain('modification yet');
    const failed = failedEmail({ ...base, reason: 'the brief is no longer available', modification: false, quotaRefunded: true, orderUrl: orderPageUrl('https://statex.example', 'cs-CZ') });
    expect(failed.text).toContain('Something went wrong: the brief is no longer available.');
    expect(failed.text).toContain('did not count against your free prototypes');
    // A failure the input caused kept its quota: the email does not promise otherwise.
    expect(failedEmail({ ...base, reason: 'x', modification: false, quotaRefunded: false, orderUrl: 'https://o/' }).text).not.toContain('did not count');
    expect(failed.text).toContain('https://statex.example/cs/order');
  });
});
