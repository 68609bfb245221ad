import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { LOCALES } from '../i18n/routing';
import { HOME_VARIANTS, homeTemplate, renderHome } from './home-templates';

describe('home page variants (template sections)', () => {
  it.each(LOCALES)('%s: both variants are valid specs rendered by the section registry', (locale) => {
    for (const variant of HOME_VARIANTS) {
      const html = renderHome(variant, MESSAGES[locale].Home, locale);
      expect(html).toContain('class="section section-hero"');
      expect(html).toContain(`href="/${locale}/order"`);
      expect(html).not.toMatch(/href="[a-z-]+\.html/);
      expect(html).toContain(MESSAGES[locale].Home[variant === 'a' ? 'heroHeading' : 'heroHeadingB'].replace(/&/g, '&amp;').replace(/'/g, '&#39;').slice(0, 8));
    }
  });

  it('the variants are different templates, not only different words', () => {
    const types = (variant: 'a' | 'b') => homeTemplate(variant, MESSAGES.en.Home, 'en').pages[0]?.sections.map((s) => s.type);
    expect(types('a')).toEqual(['hero', 'steps', 'features', 'stats', 'faq', 'cta']);
    expect(types('b')).toEqual(['hero', 'testimonials', 'steps', 'features', 'cta']);
  });
});
