import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { itemHeading, sectionHeader } from './section-markup.ts';

const Person = props({ name: Label, role: Type.Optional(Type.String({ maxLength: 160 })), detail: Type.Optional(Type.String({ maxLength: 600 })) });

/** Initials stand in for portraits: a prototype loads no images. */
function initials(name: string): string {
  const words = name.replace(/^(?:(?:MUDr|MDDr|Dr|Prof|Ing|Mgr|Bc|PhDr|Dipl\.-\w+|Mag)\.?\s+)+/u, '').split(/\s+/u).filter(Boolean);
  return words.slice(0, 2).map((w) => Array.from(w)[0] ?? '').join('').toLocaleUpperCase();
}

export const teamSection = defineSection({
  type: 'team',
  props: props({ heading: Heading, intro: Intro, people: Type.Array(Person, { minItems: 1, maxItems: 40 }) }),
  render(p, ctx) {
    const people = p.people.map(
      (person, i) => html`<li class="person"><span class="person-avatar tone-${(i % 6) + 1}" aria-hidden="true">${initials(person.name)}</span><div>${itemHeading(ctx, person.name, 'person-name')}${person.role ? html`<p class="person-role">${person.role}</p>` : ''}${person.detail ? html`<p class="person-detail">${person.detail}</p>` : ''}</div></li>`,
    );
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="people" role="list">${people}</ul>`.value;
  },
});
