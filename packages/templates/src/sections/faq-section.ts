import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Paragraph, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Item = props({ question: Type.String({ minLength: 1, maxLength: 300 }), answer: Paragraph });

export const faqSection = defineSection({
  type: 'faq',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Item, { minItems: 1, maxItems: 40 }) }),
  render(p, ctx) {
    // <details> opens and closes without script.
    const items = p.items.map((item) => html`<details class="faq-item"><summary>${item.question}</summary><p>${item.answer}</p></details>`);
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="faq-list">${items}</div>`.value;
  },
});
