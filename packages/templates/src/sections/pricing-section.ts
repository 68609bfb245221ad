import Type from 'typebox';
import { LinkSchema } from '../relative-href.ts';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { button, itemHeading, sectionHeader } from './section-markup.ts';

const Plan = props({
  name: Label,
  price: Label,
  /** e.g. "per month"; shown after the price. */
  period: Type.Optional(Type.String({ maxLength: 60 })),
  description: Type.Optional(Type.String({ maxLength: 400 })),
  features: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
  /** Draws this plan as the recommended one. */
  featured: Type.Optional(Type.Boolean()),
  action: Type.Optional(LinkSchema),
});

const CHECK = html`<svg class="plan-check" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export const pricingSection = defineSection({
  type: 'pricing',
  props: props({ heading: Heading, intro: Intro, plans: Type.Array(Plan, { minItems: 1, maxItems: 6 }) }),
  render(p, ctx) {
    const plans = p.plans.map(
      (plan) => html`<li class="plan${plan.featured ? ' plan-featured' : ''}">${itemHeading(ctx, plan.name, 'plan-name')}<p class="plan-price"><span class="plan-amount">${plan.price}</span>${plan.period ? html` <span class="plan-period">${plan.period}</span>` : ''}</p>${plan.description ? html`<p class="plan-description">${plan.description}</p>` : ''}${plan.features.length > 0 ? html`<ul class="plan-features" role="list">${plan.features.map((f) => html`<li>${CHECK}<span>${f}</span></li>`)}</ul>` : ''}${plan.action ? button(plan.action, plan.featured ? 'primary' : 'secondary') : ''}</li>`,
    );
    return html`${sectionHeader(ctx, p.heading, p.intro)}<ul class="plans" role="list">${plans}</ul>`.value;
  },
});
