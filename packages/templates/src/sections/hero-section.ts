import Type from 'typebox';
import { LinkSchema } from '../relative-href.ts';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Paragraph, props } from './section-fields.ts';
import { button, sectionHeader } from './section-markup.ts';

/** A drawn browser window: the prototype cannot fetch images, and a product shot is what a hero usually shows. */
const HERO_ART = html`<svg class="hero-art" viewBox="0 0 400 300" aria-hidden="true" focusable="false"><rect class="art-window" x="8" y="16" width="384" height="268" rx="20"/><path class="art-bar" d="M8 36a20 20 0 0 1 20-20h344a20 20 0 0 1 20 20v20H8z"/><circle class="art-dot" cx="36" cy="36" r="6"/><circle class="art-dot" cx="56" cy="36" r="6"/><circle class="art-dot" cx="76" cy="36" r="6"/><rect class="art-accent" x="36" y="84" width="176" height="18" rx="9"/><rect class="art-line" x="36" y="118" width="252" height="10" rx="5"/><rect class="art-line" x="36" y="138" width="208" height="10" rx="5"/><rect class="art-card" x="36" y="172" width="96" height="84" rx="14"/><rect class="art-card" x="152" y="172" width="96" height="84" rx="14"/><rect class="art-card art-card-accent" x="268" y="172" width="96" height="84" rx="14"/><circle class="art-highlight" cx="340" cy="96" r="26"/></svg>`;

export const heroSection = defineSection({
  type: 'hero',
  props: props({
    /** A short line above the heading: what and where the business is. */
    eyebrow: Type.Optional(Type.String({ maxLength: 120 })),
    heading: Heading,
    text: Paragraph,
    /** Up to four key offers (a plan and its price, a signature dish), shown as chips. */
    highlights: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 4 })),
    primaryAction: Type.Optional(LinkSchema),
    secondaryAction: Type.Optional(LinkSchema),
  }),
  render(p, ctx) {
    const actions = p.primaryAction || p.secondaryAction
      ? html`<div class="hero-actions">${p.primaryAction && button(p.primaryAction)}${p.secondaryAction && button(p.secondaryAction, 'secondary')}</div>`
      : '';
    const eyebrow = p.eyebrow ? html`<p class="hero-eyebrow">${p.eyebrow}</p>` : '';
    const highlights = p.highlights && p.highlights.length > 0 ? html`<ul class="hero-highlights" role="list">${p.highlights.map((h) => html`<li>${h}</li>`)}</ul>` : '';
    return html`<div class="hero-layout"><div class="hero-copy">${eyebrow}${sectionHeader(ctx, p.heading, p.text)}${highlights}${actions}</div>${HERO_ART}</div>`.value;
  },
});
