import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { contactInputs, fieldId, input, mockupBadge, prototypeForm } from './form-markup.ts';
import { Heading, Intro, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/** Pick an amount (or type one), once or monthly; confirms without charging anything. */
export const donationSection = defineSection({
  type: 'donation',
  props: props({ heading: Heading, intro: Intro, amounts: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { minItems: 1, maxItems: 8 }) }),
  render(p, ctx) {
    const t = ctx.t;
    const legend = fieldId(ctx, 'amount-legend');
    const frequency = fieldId(ctx, 'frequency-legend');
    const amounts = p.amounts.map((amount, i) => html`<label class="slot"><input type="radio" name="amount" value="${amount}"${i === 0 ? html` required` : ''}${i === 1 ? html` checked` : ''}><span>${amount}</span></label>`);
    const fields = html`<fieldset class="field field-wide slots" aria-labelledby="${legend}"><legend id="${legend}">${t('donation.amount')}</legend><div class="slot-grid">${amounts}</div></fieldset>${input(ctx, 'other', t('donation.other'), { type: 'number', min: '1' })}<fieldset class="field slots" aria-labelledby="${frequency}"><legend id="${frequency}">${t('donation.frequency')}</legend><div class="slot-grid"><label class="slot"><input type="radio" name="frequency" value="${t('donation.once')}" checked><span>${t('donation.once')}</span></label><label class="slot"><input type="radio" name="frequency" value="${t('donation.monthly')}"><span>${t('donation.monthly')}</span></label></div></fieldset>${contactInputs(ctx)}`;
    return html`${sectionHeader(ctx, p.heading, p.intro)}${mockupBadge(ctx)}${prototypeForm(ctx, fields, t('donation.submit'), t('donation.thanks'), { reference: 'D' })}`.value;
  },
});
