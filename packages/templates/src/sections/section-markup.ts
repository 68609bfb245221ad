import type { SectionRenderContext } from '../section-registry.ts';
import { escapeHtml, html, trustedHtml, type SafeHtml } from '../safe-html.ts';
import type { Link } from '../relative-href.ts';

/** The section heading (`<h1>` for the first section of a page) and its optional intro. */
export function sectionHeader(ctx: SectionRenderContext, heading: string, intro?: string): SafeHtml {
  const tag = ctx.headingLevel === 1 ? 'h1' : 'h2';
  const title = trustedHtml(`<${tag} id="${escapeHtml(ctx.headingId)}" class="section-heading">${escapeHtml(heading)}</${tag}>`);
  return html`<header class="section-header">${title}${intro ? html`<p class="section-intro">${intro}</p>` : ''}</header>`;
}

/** Heading for an item inside a section: one level below the section heading. */
export function itemHeading(ctx: SectionRenderContext, text: string, className: string): SafeHtml {
  const tag = ctx.headingLevel === 1 ? 'h2' : 'h3';
  return trustedHtml(`<${tag} class="${escapeHtml(className)}">${escapeHtml(text)}</${tag}>`);
}

export function button(link: Link, variant: 'primary' | 'secondary' | 'inverse' = 'primary'): SafeHtml {
  return html`<a class="button button-${variant}" href="${link.href}">${link.label}</a>`;
}
