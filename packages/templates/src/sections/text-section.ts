import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Paragraph, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

export const textSection = defineSection({
  type: 'text',
  props: props({ heading: Heading, paragraphs: Type.Array(Paragraph, { minItems: 1, maxItems: 30 }) }),
  render(p, ctx) {
    return html`${sectionHeader(ctx, p.heading)}<div class="prose">${p.paragraphs.map((text) => html`<p>${text}</p>`)}</div>`.value;
  },
});
