import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Entry = props({ label: Label, value: Type.String({ minLength: 1, maxLength: 160 }) });

/** Opening hours as the customer wrote them ("Po–Pá 8–16", "daily 11–23"). */
export const openingHoursSection = defineSection({
  type: 'opening-hours',
  props: props({ heading: Heading, intro: Intro, entries: Type.Array(Entry, { minItems: 1, maxItems: 30 }) }),
  render(p, ctx) {
    const rows = p.entries.map((e) => html`<div class="hours-row"><dt>${e.label}</dt><dd>${e.value}</dd></div>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<dl class="hours">${rows}</dl>`.value;
  },
});
