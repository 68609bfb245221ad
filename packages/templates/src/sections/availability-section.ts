import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { input, mockupBadge } from './form-markup.ts';
import { Heading, Intro, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

/**
 * Date → free or booked, from sample data (the days of the month listed in `bookedDays`), clearly
 * marked as a mock-up: the finished site reads the real calendar.
 */
export const availabilitySection = defineSection({
  type: 'availability',
  props: props({
    heading: Heading,
    intro: Intro,
    bookedDays: Type.Array(Type.Integer({ minimum: 1, maximum: 31 }), { maxItems: 31 }),
    /** Where the "book" link of a free date leads, e.g. `booking.html`. */
    bookHref: Type.Optional(Type.String({ pattern: '^(#[a-z][a-z0-9-]{0,62}|[a-z][a-z0-9-]{0,62}\\.html(#[a-z][a-z0-9-]{0,62})?)$' })),
  }),
  render(p, ctx) {
    const t = ctx.t;
    const book = p.bookHref ? html`<a class="button button-secondary" href="${p.bookHref}" data-availability-book hidden>${t('availability.book')}</a>` : '';
    return html`${sectionHeader(ctx, p.heading, p.intro)}<form class="proto-form availability" data-availability data-booked="${p.bookedDays.join(' ')}" data-free-message="${t('availability.free', { date: '{date}' })}" data-booked-message="${t('availability.booked', { date: '{date}' })}" aria-label="${t('availability.check')}">${mockupBadge(ctx, 'mockup.sample')}<div class="fields fields-inline">${input(ctx, 'date', t('availability.date'), { type: 'date', required: true })}<div class="form-actions"><button type="submit" class="button button-primary">${t('availability.check')}</button></div></div><p class="availability-result" role="status" aria-live="polite" data-availability-result></p>${book}</form>`.value;
  },
});
