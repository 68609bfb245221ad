import Type from 'typebox';
import { describe, expect, it } from 'vitest';
import { createDefaultRegistry } from './default-registry.ts';
import { renderSite } from './render-site.ts';
import { html } from './safe-html.ts';
import { defineSection, SectionRegistry } from './section-registry.ts';
import { TemplateBuilder } from './template-builder.ts';

const quoteSection = defineSection({
  type: 'pull-quote',
  props: Type.Object({ quote: Type.String({ minLength: 1 }), by: Type.String() }, { additionalProperties: false }),
  check: (props) => (props.by === props.quote ? [{ path: '/by', message: 'must differ from the quote' }] : []),
  render: (props, ctx) => html`<h2 id="${ctx.headingId}">${props.by}</h2><blockquote>${props.quote}</blockquote>`.value,
});

describe('SectionRegistry', () => {
  it('holds exactly the built-in types by default', () => {
    expect(createDefaultRegistry().types().sort()).toEqual(
      [
        'contact-form', 'cta', 'faq', 'features', 'gallery', 'hero', 'pricing', 'stats', 'steps', 'table', 'testimonials', 'text',
        'booking', 'availability', 'catalogue', 'calculator', 'team', 'opening-hours', 'contact-details', 'events', 'articles',
        'auth', 'dashboard', 'tracking', 'donation', 'language-switch', 'reviews', 'notice',
      ].sort(),
    );
  });

  it('refuses to register a type twice', () => {
    expect(() => createDefaultRegistry().register(defineSection({ ...quoteSection, type: 'hero' }))).toThrow("Section type 'hero' is already registered");
  });

  it('checks props with the schema first, then with the section’s own rules', () => {
    const registry = new SectionRegistry([quoteSection]);
    expect(registry.checkProps('pull-quote', { quote: '' }, '/p')).toEqual([
      { path: '/p/by', message: 'is required' },
      { path: '/p/quote', message: 'must not be empty' },
    ]);
    expect(registry.checkProps('pull-quote', { quote: 'same', by: 'same' }, '/p')).toEqual([{ path: '/p/by', message: 'must differ from the quote' }]);
    expect(registry.checkProps('pull-quote', { quote: 'Less is more', by: 'Mies' })).toEqual([]);
  });

  it('lets a custom section be built and rendered with its own registry', () => {
    const registry = createDefaultRegistry().register(quoteSection);
    const spec = new TemplateBuilder({ title: 'T', locale: 'en', theme: 'light' }, { registry })
      .page({ slug: 'index', title: 'Home' })
      .section({ id: 'motto', type: 'pull-quote', covers: ['R4'], props: { quote: '<Less> is more', by: 'Mies' } })
      .build();
    const index = renderSite(spec, { registry }).files.find((f) => f.path === 'index.html');
    expect(index?.contents).toContain('<section id="motto" class="section section-pull-quote" data-covers="R4" aria-labelledby="motto_heading">');
    expect(index?.contents).toContain('<blockquote>&lt;Less&gt; is more</blockquote>');
    // The shared default registry does not know the custom type.
    expect(() => renderSite(spec)).toThrow("unknown section type 'pull-quote'");
  });
});
