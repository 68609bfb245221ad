import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/**
 * Where the customer has not supplied the content a need calls for: says, in the site's language,
 * what is to be supplied, instead of inventing "Dish 1" or "Photo 1".
 */
export const noticeSection = defineSection({
  type: 'notice',
  props: props({
    heading: Heading,
    intro: Type.Optional(Type.String({ maxLength: 600 })),
    /** What the customer is to supply, e.g. "names, roles and a photo of each team member". */
    needed: Type.String({ minLength: 1, maxLength: 400 }),
  }),
  render(p, ctx) {
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="supply-notice"><p class="supply-title">${ctx.t('notice.toSupply')}</p><p>${p.needed}</p></div>`.value;
  },
});
