import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, Paragraph, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Item = props({ quote: Paragraph, author: Label, role: Type.Optional(Type.String({ maxLength: 120 })) });

export const testimonialsSection = defineSection({
  type: 'testimonials',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Item, { minItems: 1, maxItems: 12 }) }),
  render(p, ctx) {
    const items = p.items.map(
      (item) => html`<li><figure class="testimonial"><blockquote><p>${item.quote}</p></blockquote><figcaption><span class="testimonial-author">${item.author}</span>${item.role ? html`<span class="testimonial-role">${item.role}</span>` : ''}</figcaption></figure></li>`,
    );
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="testimonials" role="list">${items}</ul>`.value;
  },
});
