import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/** Prototypes cannot fetch images: each item is a drawn landscape on one of six theme-tinted backdrops. */
const PLACEHOLDER = html`<svg class="gallery-art" viewBox="0 0 160 100" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false"><circle class="gallery-sun" cx="118" cy="30" r="12"/><path class="gallery-hill-back" d="M0 78L38 46l26 20 34-34 62 50v18H0z"/><path class="gallery-hill-front" d="M0 100V84l30-14 40 18 36-22 54 22v12z"/></svg>`;
const TONES = 6;

export const gallerySection = defineSection({
  type: 'gallery',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(props({ caption: Label }), { minItems: 1, maxItems: 24 }) }),
  render(p, ctx) {
    const items = p.items.map(
      (item, i) => html`<li><figure class="gallery-item"><div class="gallery-placeholder tone-${(i % TONES) + 1}">${PLACEHOLDER}</div><figcaption>${item.caption}</figcaption></figure></li>`,
    );
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="gallery" role="list">${items}</ul>`.value;
  },
});
