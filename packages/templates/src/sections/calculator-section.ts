import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { AmountPattern } from './catalogue-section.ts';
import { fieldId, mockupBadge } from './form-markup.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Item = props({ label: Label, price: Type.String({ minLength: 1, maxLength: 80 }), amount: Type.Number({ minimum: 0 }) });

/** A price calculator over the customer's own services and prices: tick, set quantities, see the total (site.js). */
export const calculatorSection = defineSection({
  type: 'calculator',
  props: props({
    heading: Heading,
    intro: Intro,
    items: Type.Array(Item, { minItems: 1, maxItems: 40 }),
    amountPattern: AmountPattern,
    /** The customer named the services but not their prices: the amounts are samples, and say so. */
    samplePrices: Type.Optional(Type.Boolean()),
  }),
  render(p, ctx) {
    const rows = p.items.map((item, i) => {
      const pick = fieldId(ctx, `pick-${i}`);
      const quantity = fieldId(ctx, `qty-${i}`);
      return html`<li class="calc-row" data-calc-row data-amount="${String(item.amount)}"><input id="${pick}" type="checkbox" data-calc-pick><label for="${pick}" class="calc-label"><span>${item.label}</span><span class="calc-price">${item.price}</span></label><label class="visually-hidden" for="${quantity}">${ctx.t('calculator.quantityOf', { item: item.label })}</label><input id="${quantity}" class="calc-qty" type="number" min="1" value="1" inputmode="numeric" data-calc-qty></li>`;
    });
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="calculator" data-calculator data-pattern="${p.amountPattern}">${mockupBadge(ctx, p.samplePrices ? 'mockup.sample' : 'mockup.demo')}${p.samplePrices ? html`<p class="mockup-note">${ctx.t('calculator.samplePrices')}</p>` : ''}<ul class="calc-rows" role="list">${rows}</ul><p class="calc-total" aria-live="polite"><span>${ctx.t('calculator.total')}</span> <output data-calc-total>0</output></p><p class="mockup-note">${ctx.t('calculator.note')}</p></div>`.value;
  },
});
