import { describe, expect, it } from 'vitest';
import { TemplateBuilder } from './template-builder.ts';
import { TemplateError } from './template-error.ts';

const hero = { heading: 'Welcome', text: 'We fix bikes.' };

describe('TemplateBuilder', () => {
  it('builds a valid spec with defaults filled in', () => {
    const spec = new TemplateBuilder({ title: 'Spoke & Chain', locale: 'en', theme: 'eu' })
      .page({ slug: 'index', title: 'Home', covers: ['R1'] })
      .section({ id: 'hero', type: 'hero', covers: ['R1'], props: hero })
      .page({ slug: 'contact', title: 'Contact us', navLabel: 'Contact' })
      .section({ id: 'call', type: 'cta', props: { heading: 'Call', text: 'Open daily.', action: { label: 'Home', href: 'index.html#hero' } } })
      .build();
    expect(spec).toEqual({
      version: 1,
      site: { title: 'Spoke & Chain', tagline: '', locale: 'en', dir: 'ltr', theme: 'eu' },
      pages: [
        { slug: 'index', title: 'Home', navLabel: 'Home', description: '', covers: ['R1'], sections: [{ id: 'hero', type: 'hero', covers: ['R1'], props: hero }] },
        {
          slug: 'contact',
          title: 'Contact us',
          navLabel: 'Contact',
          description: '',
          covers: [],
          sections: [{ id: 'call', type: 'cta', covers: [], props: { heading: 'Call', text: 'Open daily.', action: { label: 'Home', href: 'index.html#hero' } } }],
        },
      ],
    });
  });

  it.each([
    ['ar', 'rtl'],
    ['ar-AE', 'rtl'],
    // Direction follows the platform's locales (@statex/i18n): Arabic is its one right-to-left language.
    ['cs', 'ltr'],
    ['he', 'ltr'],
    ['en', 'ltr'],
    ['de-DE', 'ltr'],
  ] as const)('defaults dir for locale %s to %s', (locale, dir) => {
    const spec = new TemplateBuilder({ title: 'T', locale, theme: 'uae' }).page({ slug: 'index', title: 'Home' }).section({ id: 'hero', type: 'hero', props: hero }).build();
    expect(spec.site.dir).toBe(dir);
  });

  it('keeps an explicit dir', () => {
    const spec = new TemplateBuilder({ title: 'T', locale: 'ar', theme: 'uae', dir: 'ltr' }).page({ slug: 'index', title: 'Home' }).section({ id: 'hero', type: 'hero', props: hero }).build();
    expect(spec.site.dir).toBe('ltr');
  });

  it('refuses a section before any page', () => {
    expect(() => new TemplateBuilder({ title: 'T', locale: 'en', theme: 'light' }).section({ id: 'hero', type: 'hero', props: hero })).toThrow(TemplateError);
  });

  it('validates with the schema and the registry on build', () => {
    const builder = new TemplateBuilder({ title: 'T', locale: 'en', theme: 'light' })
      .page({ slug: 'about', title: 'About' })
      .section({ id: 'hero', type: 'hero', props: { ...hero, primaryAction: { label: 'Go', href: 'https://example.com' } } })
      .section({ id: 'x', type: 'slideshow', props: {} });
    try {
      builder.build();
      expect.unreachable('build() should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as TemplateError).problems.map((p) => p.path)).toEqual(['/pages', '/pages/0/sections/0/props/primaryAction/href', '/pages/0/sections/1/type']);
    }
  });

  it('copies its inputs, so later changes to them do not leak into built specs', () => {
    const props = { heading: 'Welcome', text: 'We fix bikes.' };
    const covers = ['R1'];
    const builder = new TemplateBuilder({ title: 'T', locale: 'en', theme: 'light' }).page({ slug: 'index', title: 'Home', covers }).section({ id: 'hero', type: 'hero', props });
    props.heading = 'Changed';
    covers.push('R2');
    const first = builder.build();
    first.pages[0]!.title = 'Mutated';
    const second = builder.build();
    expect(second.pages[0]).toMatchObject({ title: 'Home', covers: ['R1'] });
    expect(second.pages[0]!.sections[0]!.props.heading).toBe('Welcome');
  });
});
