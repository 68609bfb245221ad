import { LinkSchema } from '../relative-href.ts';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Paragraph, props } from './section-fields.ts';
import { button, sectionHeader } from './section-markup.ts';

export const ctaSection = defineSection({
  type: 'cta',
  props: props({ heading: Heading, text: Paragraph, action: LinkSchema }),
  render(p, ctx) {
    return html`<div class="cta-band">${sectionHeader(ctx, p.heading, p.text)}${button(p.action, 'inverse')}</div>`.value;
  },
});
