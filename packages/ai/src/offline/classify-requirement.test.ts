import { describe, expect, it } from 'vitest';
import { categoryForKind, classifyCategory, classifyKind, classifyPriority } from './classify-requirement.ts';

describe('classifyPriority', () => {
  it.each([
    ['We must comply with GDPR.', 'must'],
    ['We need online booking.', 'must'],
    ['A contact form is required.', 'must'],
    ['The site should show prices.', 'should'],
    ['We would like a gallery.', 'should'],
    ['We want a blog.', 'should'],
    ['It could have a dark mode.', 'could'],
    ['A newsletter would be nice to have.', 'could'],
    ['We need maybe a blog.', 'could'],
    ['Die Seite muss schnell laden.', 'must'],
    ['Eine Galerie wäre schön.', 'could'],
    ['نريد موقعًا لحجز الطاولات.', 'should'],
    ['يجب أن يعرض الموقع قائمة الطعام.', 'must'],
  ] as const)('%j is %s', (text, priority) => {
    expect(classifyPriority(text)).toBe(priority);
  });

  it('falls back to the given priority when the text has no cue', () => {
    expect(classifyPriority('Online booking')).toBe('should');
    expect(classifyPriority('Online booking', 'must')).toBe('must');
  });
});

describe('classifyCategory', () => {
  it.each([
    ['Integrate Stripe for payments.', 'integration'],
    ['Sync bookings with Google Calendar.', 'integration'],
    ['Guests should be able to book a table online.', 'functional'],
    ['A contact form for enquiries.', 'functional'],
    ['The site must load in under 2 seconds.', 'non-functional'],
    ['The site shall be available in German and English.', 'non-functional'],
    ['It must be GDPR compliant.', 'non-functional'],
    ['Use our brand colours and a modern look.', 'design'],
    ['Show our menu and opening hours.', 'content'],
    ['A gallery of our dishes.', 'content'],
    ['Something else entirely.', 'functional'],
  ] as const)('%j is %s', (text, category) => {
    expect(classifyCategory(text)).toBe(category);
  });
});

describe('classifyKind', () => {
  it.each([
    ['Online booking of a free 20-minute call', 'booking'],
    ['A resources page with tax deadline reminders', 'resources'],
    ['A fee calculator where a client picks services and sees a monthly price', 'calculator'],
    ['Services: bookkeeping, VAT returns, payroll, annual accounts', 'services'],
    ['Gasten kunnen direct een kamer boeken', 'booking'],
    ['Gli ospiti vedono le camere con foto', 'catalogue'],
    ['la carta y sus precios', 'menu'],
    ['Web obsahuje rezervaci prohlídky pivovaru', 'booking'],
    ['Eine Teamseite', 'team'],
    ['mapu s parkováním', 'map'],
    ['страницы тренеров', 'team'],
    ['حاسبة للتمويل العقاري', 'calculator'],
    ['export every invoice as a PDF', 'integration'],
    ['The site shall be available in German and English', 'languages'],
    ['a pet health blog', 'articles'],
    ['ceremony music', 'other'],
  ])('%j → %s', (text, kind) => {
    expect(classifyKind(text)).toBe(kind);
  });

  it('gives each kind its category', () => {
    expect(categoryForKind('gallery', 'x')).toBe('content');
    expect(categoryForKind('payment', 'x')).toBe('integration');
    expect(categoryForKind('booking', 'x')).toBe('functional');
    expect(categoryForKind('languages', 'x')).toBe('non-functional');
  });
});
