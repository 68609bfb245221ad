import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { contactInputs, fieldId, prototypeForm, select, textarea } from './form-markup.ts';
import { Heading, Intro, Label, Paragraph, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Review = props({ quote: Paragraph, author: Label, rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })) });

/**
 * Reviews the customer supplied (none are invented: without any, a notice says they will appear
 * here) and a form to rate something — a product, a stay, a service — with one to five stars.
 */
export const reviewsSection = defineSection({
  type: 'reviews',
  props: props({ heading: Heading, intro: Intro, items: Type.Array(Review, { maxItems: 24 }), subjects: Type.Array(Label, { maxItems: 40 }) }),
  render(p, ctx) {
    const t = ctx.t;
    const reviews = p.items.length > 0
      ? html`<ul class="testimonials" role="list">${p.items.map((r) => html`<li><figure class="testimonial"><blockquote><p>${r.quote}</p></blockquote><figcaption>${r.rating ? html`<span class="stars" role="img" aria-label="${t('reviews.stars', { n: r.rating })}">${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)}</span>` : ''}<span class="testimonial-author">${r.author}</span></figcaption></figure></li>`)}</ul>`
      : html`<div class="supply-notice"><p class="supply-title">${t('notice.toSupply')}</p><p>${t('reviews.none')}</p></div>`;
    const legend = fieldId(ctx, 'stars-legend');
    const stars = [5, 4, 3, 2, 1].map((n) => html`<label class="slot"><input type="radio" name="stars" value="${String(n)}"${n === 5 ? html` required` : ''}><span aria-hidden="true">${'★'.repeat(n)}</span><span class="visually-hidden">${t('reviews.stars', { n })}</span></label>`);
    const fields = html`${p.subjects.length > 0 ? select(ctx, 'subject', t('reviews.subject'), p.subjects) : ''}<fieldset class="field field-wide slots" aria-labelledby="${legend}"><legend id="${legend}">${t('reviews.rating')}</legend><div class="slot-grid">${stars}</div></fieldset>${textarea(ctx, 'comment', t('reviews.comment'))}${contactInputs(ctx)}`;
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="reviews-layout">${reviews}<div class="review-form"><h3 class="group-heading">${t('reviews.write')}</h3>${prototypeForm(ctx, fields, t('reviews.submit'), t('reviews.thanks'))}</div></div>`.value;
  },
});
