import type { Requirement, Terms } from '@statex/core';
import { TemplateSpecSchema, validateSpec } from '@statex/templates';
import Value from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { buildTemplateSpec, type SpecSettings } from './build-template-spec.ts';
import { brokenHrefs, pagesWithWrongCovers, uncovered } from './spec-checks.fixture.ts';

function terms(texts: string[]): Terms {
  const requirements: Requirement[] = texts.map((text, i) => ({ id: `R${i + 1}`, text, category: 'functional', priority: 'should', source: 'brief' }));
  return { title: 'Website for Test', summary: '', requirements, assumptions: [] };
}

const settings: SpecSettings = { identity: { title: 'Sunrise', tagline: 'A bakery in Berlin.' }, locale: 'en', compliance: 'standard', privacy: 'standard' };

function expectValid(t: Terms, spec: ReturnType<typeof buildTemplateSpec>): void {
  expect(Value.Check(TemplateSpecSchema, spec)).toBe(true);
  expect(validateSpec(spec)).toEqual([]);
  expect(uncovered(t, spec)).toEqual([]);
  expect(pagesWithWrongCovers(spec)).toEqual([]);
  expect(brokenHrefs(spec)).toEqual([]);
}

describe('buildTemplateSpec', () => {
  it('chooses pages and section types from the needs', () => {
    const t = terms([
      'The site shall tell our story on an about us page.',
      'The site shall list the services: haircuts, colouring and styling.',
      'The site shall show prices for each package.',
      'The site shall include a photo gallery.',
      'The site shall answer frequently asked questions.',
      'The site shall allow clients to book an appointment by phone or online.',
      'The site shall include a contact form.',
      'The site shall show the opening hours.',
      'The site shall show customer reviews.',
      'The site shall offer a newsletter.',
      'The site shall be fast.',
    ]);
    const spec = buildTemplateSpec(t, settings);
    expectValid(t, spec);
    expect(spec.pages.map((p) => [p.slug, p.sections.map((s) => `${s.id}:${s.type}`), p.covers])).toEqual([
      ['index', ['hero:hero', 'testimonials:testimonials', 'offers:features', 'newsletter:contact-form', 'cta:cta'], ['R9', 'R10', 'R11']],
      ['about', ['about:text'], ['R1']],
      ['services', ['services:features'], ['R2']],
      ['pricing', ['pricing:pricing'], ['R3']],
      ['gallery', ['gallery:gallery'], ['R4']],
      ['faq', ['faq:faq'], ['R5']],
      ['booking', ['booking:contact-form'], ['R6']],
      ['contact', ['contact:contact-form', 'visit:text', 'hours:table'], ['R7', 'R8']],
    ]);
    const services = spec.pages[2]?.sections[0]?.props.items as Array<{ title: string }>;
    expect(services.map((s) => s.title)).toEqual(['Haircuts', 'Colouring', 'Styling']);
    const booking = spec.pages[6]?.sections[0]?.props.fields as Array<{ name: string; type: string; required: boolean; options?: string[] }>;
    expect(booking.find((f) => f.name === 'phone')?.required).toBe(true);
    expect(booking.find((f) => f.name === 'service')).toEqual({ name: 'service', label: 'Service', type: 'select', required: true, options: ['Haircuts', 'Colouring', 'Styling'] });
    expect(spec.pages[0]?.sections[0]?.props).toMatchObject({ heading: 'Sunrise', text: 'A bakery in Berlin.', primaryAction: { href: 'booking.html' } });
  });

  it('lists what has no page of its own under "What this site offers" on the home page', () => {
    const t = terms(['The site shall be mobile friendly.', 'The site shall load in under 2 seconds.']);
    const spec = buildTemplateSpec(t, settings);
    expectValid(t, spec);
    expect(spec.pages).toHaveLength(1);
    const offers = spec.pages[0]?.sections.find((s) => s.id === 'offers');
    expect(offers?.props).toMatchObject({ heading: 'What this site offers', items: [{ title: 'Be mobile friendly' }, { title: 'Load in under 2 seconds' }] });
    expect(spec.pages[0]?.sections[0]?.props).toMatchObject({ primaryAction: { href: '#offers' } });
  });

  it('stays valid for hundreds of requirements, spreading the rest over further pages', () => {
    const t = terms(Array.from({ length: 300 }, (_, i) => `The site shall meet quality goal number ${i + 1}.`));
    const spec = buildTemplateSpec(t, settings);
    expectValid(t, spec);
    expect(spec.pages.map((p) => p.slug)).toEqual(['index', 'more', 'more-2']);
    expect(spec.pages.every((p) => p.covers.length <= 200)).toBe(true);
  });

  it('themes and directs by settings: eu compliance, Arabic, an invalid locale', () => {
    const t = terms(['The site shall include a contact form.']);
    expect(buildTemplateSpec(t, { ...settings, compliance: 'eu' }).site).toMatchObject({ theme: 'eu', dir: 'ltr' });
    expect(buildTemplateSpec(t, { ...settings, compliance: 'eu' }).pages.map((p) => p.slug)).toContain('privacy');
    const arabic = buildTemplateSpec(t, { ...settings, locale: 'ar' });
    expect(arabic.site).toMatchObject({ theme: 'uae', dir: 'rtl', locale: 'ar' });
    expect(arabic.pages[0]?.navLabel).toBe('الرئيسية');
    expect(buildTemplateSpec(t, { ...settings, locale: 'english' }).site.locale).toBe('en');
  });

  it('keeps customer text as text and within the section limits', () => {
    const long = `The site shall show <b>${'very '.repeat(200)}long</b> | text.`;
    const t = terms([long]);
    const spec = buildTemplateSpec(t, { ...settings, identity: { title: 'x'.repeat(400), tagline: '' } });
    expectValid(t, spec);
    expect(spec.site.title.length).toBeLessThanOrEqual(200);
    const item = (spec.pages[0]?.sections.find((s) => s.id === 'offers')?.props.items as Array<{ text: string }>)[0];
    expect(item?.text.startsWith('The site shall show <b>very')).toBe(true);
  });
});
