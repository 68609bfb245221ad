import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { mockupBadge } from './form-markup.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Tile = props({ label: Label, value: Type.String({ minLength: 1, maxLength: 40 }) });
const Row = props({ title: Type.String({ minLength: 1, maxLength: 200 }), status: Label, detail: Type.Optional(Type.String({ maxLength: 120 })) });

/** An account dashboard with sample figures and the actions the customer's users will have; labelled as sample data. */
export const dashboardSection = defineSection({
  type: 'dashboard',
  props: props({ heading: Heading, intro: Intro, tiles: Type.Array(Tile, { maxItems: 8 }), rows: Type.Array(Row, { minItems: 1, maxItems: 40 }) }),
  render(p, ctx) {
    const tiles = p.tiles.length > 0 ? html`<dl class="tiles">${p.tiles.map((tile) => html`<div class="tile"><dt>${tile.label}</dt><dd>${tile.value}</dd></div>`)}</dl>` : '';
    const rows = p.rows.map((row) => html`<li class="dash-row"><span class="dash-title">${row.title}</span>${row.detail ? html`<span class="dash-detail">${row.detail}</span>` : ''}<span class="status-pill">${row.status}</span></li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="dashboard">${mockupBadge(ctx, 'mockup.sample')}${tiles}<ul class="dash-rows" role="list">${rows}</ul></div>`.value;
  },
});
