import { describe, expect, it } from 'vitest';
import { detectNeed } from './detect-needs.ts';
import type { Statement } from './split-statements.ts';

const sentence = (text: string): Statement => ({ text, listItem: false, context: null, contextIsLeadIn: false });
const item = (text: string, context: string, contextIsLeadIn = false): Statement => ({ text, listItem: true, context, contextIsLeadIn });

describe('detectNeed', () => {
  it.each([
    'I want a booking form for tables.',
    'We need an online shop.',
    'The site must load fast.',
    'Customers should be able to pay online.',
    'It would be nice to have a blog.',
    'Add a gallery with our best cakes.',
    'Please show our opening hours.',
    'Can you also add a blog?',
    'The website lists our services.',
    'Contact form on every page.',
    "I'd also like a page with my packages and prices.",
    'Discount codes.',
    'Wir brauchen eine Website mit Online-Bestellung.',
    'نحتاج نموذج اتصال.',
  ])('finds a need in %j', (text) => {
    expect(detectNeed(sentence(text)).kind).toBe('need');
  });

  it.each([
    'We are a family bakery in Berlin.',
    'Our restaurant offers Italian food since 1990.',
    'Reservations are currently taken by phone.',
    "We don't need a blog.",
    'There is no need for an online shop.',
    'We need it by next Friday!',
    'Our budget is 3000 euros.',
    'Do you also do hosting?',
  ])('treats %j as context', (text) => {
    expect(detectNeed(sentence(text)).kind).toBe('context');
  });

  it.each(['Hello!', 'Best regards, Maria', 'Thanks in advance', 'Maria'])('drops greetings and sign-offs like %j', (text) => {
    expect(detectNeed(sentence(text)).kind).toBe('noise');
  });

  it('reads list items under a requirements heading as needs, and as fragments', () => {
    expect(detectNeed(item('Online booking', 'Requirements'))).toEqual({ kind: 'need', text: 'Online booking', fragment: true, context: 'Requirements' });
    expect(detectNeed(item('Volunteers can sign up for events', 'Goals'))).toMatchObject({ kind: 'need' });
    expect(detectNeed(item('Founded in 1998', 'About us')).kind).toBe('context');
  });

  it('joins a list item to a lead-in that starts the sentence', () => {
    expect(detectNeed(item('online booking', 'We need the following', true))).toMatchObject({ kind: 'need', text: 'We need online booking' });
    expect(detectNeed(item('a landing page', "Hi team, here's what we'd like", true))).toMatchObject({ text: 'we would like a landing page' });
    // A heading-like lead-in is context, not the start of a sentence.
    expect(detectNeed(item('blog', 'Features we need', true))).toMatchObject({ kind: 'need', text: 'blog' });
    expect(detectNeed(item('an online shop', "We don't need", true)).kind).toBe('context');
  });

  it('names the pages of a sitemap list as pages', () => {
    expect(detectNeed(item('About us', 'Pages'))).toMatchObject({ kind: 'need', text: 'The site shall include a page “About us”.' });
  });
});
