import Type from 'typebox';
import { defineSection } from '../section-registry.ts';
import { html } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { sectionHeader } from './section-markup.ts';

const Line = Type.String({ minLength: 1, maxLength: 300 });
const Entry = props({ label: Label, value: Type.String({ minLength: 1, maxLength: 160 }) });

/** A drawn street map: a prototype loads no map tiles. The pin marks the address beside it. */
const MAP = html`<svg class="map-art" viewBox="0 0 320 200" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false"><rect class="map-land" width="320" height="200"/><path class="map-park" d="M200 20h90v60h-90z"/><path class="map-water" d="M0 160c60-20 120 10 180-6s100-20 140-8v54H0z"/><path class="map-road map-road-main" d="M-10 110L330 70"/><path class="map-road" d="M80 -10L120 210M230 -10l-20 220M-10 40h340"/><g class="map-pin" transform="translate(150 84)"><path d="M0-34c-12 0-21 9-21 21 0 16 21 35 21 35s21-19 21-35c0-12-9-21-21-21z"/><circle class="map-pin-dot" cx="0" cy="-13" r="7"/></g></svg>`;

/**
 * Address card with a drawn map and directions, plus phone, email and hours; or, for a business
 * without premises (an app, an online service), the contact lines alone: `address` is optional.
 */
export const contactDetailsSection = defineSection({
  type: 'contact-details',
  props: props({
    heading: Heading,
    intro: Intro,
    address: Type.Optional(Line),
    directions: Type.Optional(Type.String({ maxLength: 1000 })),
    phones: Type.Array(Line, { maxItems: 6 }),
    emails: Type.Array(Line, { maxItems: 6 }),
    links: Type.Array(Line, { maxItems: 6 }),
    hours: Type.Array(Entry, { maxItems: 14 }),
  }),
  render(p, ctx) {
    const t = ctx.t;
    const lines = [
      ...(p.address ? [html`<div class="detail"><dt>${t('contact.address')}</dt><dd>${p.address}</dd></div>`] : []),
      ...p.phones.map((phone) => html`<div class="detail"><dt>${t('contact.phone')}</dt><dd><a href="tel:${phone.replace(/[^\d+]/g, '')}" dir="ltr">${phone}</a></dd></div>`),
      ...p.emails.map((email) => html`<div class="detail"><dt>${t('contact.email')}</dt><dd><a href="mailto:${email}" dir="ltr">${email}</a></dd></div>`),
      ...p.links.map((link) => html`<div class="detail"><dt>${t('contact.web')}</dt><dd dir="ltr">${link}</dd></div>`),
    ];
    const hours = p.hours.length > 0 ? html`<h3 class="group-heading">${t('hours.heading')}</h3><dl class="hours">${p.hours.map((e) => html`<div class="hours-row"><dt>${e.label}</dt><dd>${e.value}</dd></div>`)}</dl>` : '';
    const map = p.address
      ? html`<figure class="map-card">${MAP}<figcaption><strong>${p.address}</strong>${p.directions ? html`<span>${p.directions}</span>` : ''}<span class="mockup-note">${t('map.note')}</span></figcaption></figure>`
      : '';
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="contact-details${p.address ? ' with-map' : ''}"><div class="detail-card">${lines.length > 0 ? html`<dl class="details">${lines}</dl>` : ''}${hours}</div>${map}</div>`.value;
  },
});
