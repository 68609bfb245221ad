import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Event = props({ date: Type.String({ minLength: 1, maxLength: 80 }), title: Label, detail: Type.Optional(Type.String({ maxLength: 600 })) });

/** Dated entries: events, courses, a programme; dates as the customer wrote them. */
export const eventsSection = defineSection({
  type: 'events',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Event, { minItems: 1, maxItems: 60 }) }),
  render(p, ctx) {
    const items = p.items.map((e) => html`<li class="event"><p class="event-date">${e.date}</p><div><p class="event-title">${e.title}</p>${e.detail ? html`<p class="event-detail">${e.detail}</p>` : ''}</div></li>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="events" role="list">${items}</ul>`.value;
  },
});
