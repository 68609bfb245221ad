import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import type { SpecProblem } from '../template-error.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Cell = Type.String({ maxLength: 300 });

export const tableSection = defineSection({
  type: 'table',
  props: props({
    heading: Heading,
    intro: Intro,
    columns: Type.Array(Label, { minItems: 1, maxItems: 12 }),
    rows: Type.Array(Type.Array(Cell, { maxItems: 12 }), { maxItems: 200 }),
  }),
  check(p) {
    const problems: SpecProblem[] = [];
    p.rows.forEach((row, i) => {
      if (row.length !== p.columns.length) problems.push({ path: `/rows/${i}`, message: `has ${row.length} cells but the table has ${p.columns.length} columns` });
    });
    return problems;
  },
  render(p, ctx) {
    const head = p.columns.map((c) => html`<th scope="col">${c}</th>`);
    const rows = p.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`);
    // A focusable, labelled region so keyboard users can scroll a wide table on a narrow screen.
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="table-scroll" role="region" aria-labelledby="${ctx.headingId}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`.value;
  },
});
