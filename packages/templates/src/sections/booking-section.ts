import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { contactInputs, fieldId, input, labelled, prototypeForm, select, textarea } from './form-markup.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/**
 * A booking form that does what a booking asks: pick the service and the person, then a date and
 * a time slot (appointments, tables, classes) or a date range (rooms, rentals); the confirmation
 * repeats the choices with a reference number. Nothing is sent (site.js).
 */
export const bookingSection = defineSection({
  type: 'booking',
  props: props({
    heading: Heading,
    intro: Intro,
    services: Type.Array(Label, { maxItems: 40 }),
    people: Type.Array(Label, { maxItems: 40 }),
    /** `slot`: one date and a time; `range`: arrival and departure. */
    mode: Type.Union([Type.Literal('slot'), Type.Literal('range')]),
    slots: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 24 }),
    /** Ask how many people (tables, tours, rooms). */
    party: Type.Boolean(),
  }),
  render(p, ctx) {
    const t = ctx.t;
    const when = p.mode === 'range'
      ? html`${input(ctx, 'from', t('booking.from'), { type: 'date', required: true })}${input(ctx, 'to', t('booking.to'), { type: 'date', required: true })}`
      : html`${input(ctx, 'date', t('booking.date'), { type: 'date', required: true })}${p.slots.length > 0 ? slotPicker() : input(ctx, 'time', t('booking.time'), { type: 'time', required: true })}`;
    function slotPicker() {
      const name = 'slot';
      const legendId = fieldId(ctx, 'slot-legend');
      const choices = p.slots.map((slot, i) => html`<label class="slot"><input type="radio" name="${name}" value="${slot}"${i === 0 ? html` required` : ''}><span>${slot}</span></label>`);
      return html`<fieldset class="field field-wide slots" aria-labelledby="${legendId}"><legend id="${legendId}">${t('booking.slot')} <span class="field-required" aria-hidden="true">*</span></legend><div class="slot-grid">${choices}</div></fieldset>`;
    }
    const fields = html`${p.services.length > 0 ? select(ctx, 'service', t('booking.service'), p.services) : ''}${p.people.length > 0 ? select(ctx, 'person', t('booking.person'), p.people, false) : ''}${when}${p.party ? labelled(ctx, 'party', t('booking.party'), html`<input id="${fieldId(ctx, 'party')}" name="party" type="number" min="1" value="2" required>`, true) : ''}${contactInputs(ctx, 'required')}${textarea(ctx, 'notes', t('booking.notes'))}`;
    return html`${sectionHeader(ctx, p.heading, p.intro)}${prototypeForm(ctx, fields, t('booking.submit'), t('booking.confirmed'), { reference: 'B', className: 'booking-form' })}`.value;
  },
});
