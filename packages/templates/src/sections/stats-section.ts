import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Item = props({ value: Type.String({ minLength: 1, maxLength: 40 }), label: Label });

export const statsSection = defineSection({
  type: 'stats',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Item, { minItems: 1, maxItems: 12 }) }),
  render(p, ctx) {
    // The label is the term and the figure its description; CSS shows the figure first.
    const items = p.items.map((item) => html`<div class="stat"><dt>${item.label}</dt><dd>${item.value}</dd></div>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<dl class="stats">${items}</dl>`.value;
  },
});
