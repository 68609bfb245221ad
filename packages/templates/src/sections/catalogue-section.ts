import Type from 'typebox';
import { defineSection, type SectionRenderContext } from '../section-registry.ts';
import { html, type SafeHtml } from '../safe-html.ts';
import { Heading, Intro, Label, props } from './section-fields.ts';
import { fieldId } from './form-markup.ts';
import { sectionHeader } from './section-markup.ts';

/** A number with `#` where the amount goes, as the customer writes prices: `# Kč`, `€#`, `# zł`. */
export const AmountPattern = Type.String({ pattern: '^[^#]{0,12}#[^#]{0,12}$' });

const Item = props({
  name: Label,
  /** The price exactly as the customer wrote it. */
  price: Type.Optional(Type.String({ maxLength: 80 })),
  detail: Type.Optional(Type.String({ maxLength: 400 })),
  /** The price as a number, for the cart total; absent when the price cannot be read as one. */
  amount: Type.Optional(Type.Number({ minimum: 0 })),
});
type Item = Type.Static<typeof Item>;

const Group = props({ heading: Type.Optional(Label), items: Type.Array(Item, { minItems: 1, maxItems: 80 }) });

function itemMarkup(item: Item, ctx: SectionRenderContext, cart: boolean, index: number): SafeHtml {
  const add = cart && item.amount !== undefined
    ? html`<button type="button" class="button button-secondary button-small" data-add data-name="${item.name}" data-amount="${String(item.amount)}" aria-label="${ctx.t('cart.addItem', { item: item.name })}">${ctx.t('cart.add')}</button>`
    : '';
  return html`<li class="item" data-filter-item data-index="${String(index)}"><div class="item-line"><span class="item-name">${item.name}</span>${item.price ? html`<span class="item-leader" aria-hidden="true"></span><span class="item-price">${item.price}</span>` : ''}</div>${item.detail ? html`<p class="item-detail">${item.detail}</p>` : ''}${add}</li>`;
}

/**
 * Menus, product ranges, services, listings: the customer's items as given, grouped under the
 * customer's headings. With `cart`, items with a readable price get an "add" button and a cart
 * that totals them (site.js); with `filter`, a search box narrows the list as one types.
 */
export const catalogueSection = defineSection({
  type: 'catalogue',
  props: props({
    heading: Heading,
    intro: Intro,
    layout: Type.Union([Type.Literal('list'), Type.Literal('cards')]),
    groups: Type.Array(Group, { minItems: 1, maxItems: 20 }),
    cart: Type.Optional(Type.Boolean()),
    filter: Type.Optional(Type.Boolean()),
    amountPattern: Type.Optional(AmountPattern),
  }),
  render(p, ctx) {
    let index = 0;
    const cart = p.cart === true;
    const groups = p.groups.map(
      (group) => html`<div class="catalogue-group">${group.heading ? html`<h3 class="group-heading">${group.heading}</h3>` : ''}<ul class="items items-${p.layout}" role="list">${group.items.map((item) => itemMarkup(item, ctx, cart, index++))}</ul></div>`,
    );
    const filterId = fieldId(ctx, 'filter');
    const filter = p.filter
      ? html`<div class="field catalogue-filter"><label for="${filterId}">${ctx.t('catalogue.filter')}</label><input id="${filterId}" type="search" data-filter-input autocomplete="off"><p class="filter-empty" data-filter-empty hidden>${ctx.t('catalogue.noMatch')}</p></div>`
      : '';
    const cartPanel = cart
      ? html`<aside class="cart" aria-label="${ctx.t('cart.title')}"><h3 class="cart-title">${ctx.t('cart.title')}</h3><p class="cart-empty" data-cart-empty>${ctx.t('cart.empty')}</p><ul class="cart-items" role="list" data-cart-items></ul><p class="cart-total"><span>${ctx.t('cart.total')}</span> <strong data-cart-total>0</strong></p><button type="button" class="button button-primary" data-cart-checkout>${ctx.t('cart.checkout')}</button><p class="form-status" role="status" aria-live="polite" data-cart-status></p><p class="mockup-note">${ctx.t('cart.note')}</p></aside>`
      : '';
    const body = html`<div class="catalogue-body">${filter}${groups}</div>`;
    const attributes = html`${cart ? html` data-cart data-pattern="${p.amountPattern ?? '#'}" data-remove-label="${ctx.t('cart.remove')}" data-checkout-message="${ctx.t('cart.ordered', { total: '{total}' })}"` : ''}${p.filter ? html` data-filter` : ''}`;
    return html`${sectionHeader(ctx, p.heading, p.intro)}<div class="catalogue${cart ? ' catalogue-with-cart' : ''}"${attributes}>${body}${cartPanel}</div>`.value;
  },
});
