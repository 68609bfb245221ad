import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, TitledText, props } from './section-fields.ts';
import { itemHeading, sectionHeader } from './section-markup.ts';

const ICON = html`<svg class="card-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export const featuresSection = defineSection({
  type: 'features',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(TitledText, { minItems: 1, maxItems: 24 }) }),
  render(p, ctx) {
    const cards = p.items.map((item) => html`<li class="card">${ICON}${itemHeading(ctx, item.title, 'card-title')}<p>${item.text}</p></li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="card-grid" role="list">${cards}</ul>`.value;
  },
});
