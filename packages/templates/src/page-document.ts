import { PROTOTYPE_META_CSP } from './content-security-policy.ts';
import { pageFileName } from './relative-href.ts';
import { html, type SafeHtml } from './safe-html.ts';
import type { PageSpec, TemplateSpec } from './template-spec.ts';
import type { SiteText } from './site-text.ts';

/** Ids the page chrome uses; section ids cannot contain `_`, so these never collide with them. */
export const MAIN_ID = '_main';
const COVERS_LABEL_ID = '_covers';

export interface PageDocumentInput {
  spec: TemplateSpec;
  page: PageSpec;
  /** The rendered `<section>` elements of the page. */
  sections: SafeHtml;
  /** Requirement ids covered by the page and its sections, in order. */
  covers: readonly string[];
  t: SiteText;
  footerNote: string | undefined;
  generatedAt: Date | undefined;
}

/** `R2` before `R10`. */
export function compareRequirementIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function navigation(spec: TemplateSpec, current: PageSpec, t: SiteText): SafeHtml {
  const items = spec.pages.map((page) => {
    const currentAttr = page === current ? html` aria-current="page"` : '';
    return html`<li><a href="${pageFileName(page.slug)}"${currentAttr}>${page.navLabel}</a></li>`;
  });
  return html`<nav class="site-nav" aria-label="${t('chrome.mainNavigation')}"><ul>${items}</ul></nav>`;
}

function footer(input: PageDocumentInput): SafeHtml {
  const { spec, t, covers, footerNote, generatedAt } = input;
  const coverList = covers.length > 0 ? covers.map((id) => html`<li>${id}</li>`) : html`<li>—</li>`;
  const generated = generatedAt
    ? html`<p>${t('chrome.generated')} <time datetime="${generatedAt.toISOString()}">${generatedAt.toISOString().slice(0, 10)}</time></p>`
    : '';
  const meta = html`<div class="footer-meta"><p>${footerNote ?? t('chrome.prototypeNote')}</p>${generated}</div>`;
  return html`<footer class="site-footer"><div class="container footer-inner"><div><p class="footer-brand">${spec.site.title}</p>${spec.site.tagline ? html`<p class="footer-tagline">${spec.site.tagline}</p>` : ''}</div><div><p class="footer-label" id="${COVERS_LABEL_ID}">${t('chrome.covered')}</p><ul class="covers-list" aria-labelledby="${COVERS_LABEL_ID}">${coverList}</ul></div>${meta}</div></footer>`;
}

/** A complete HTML document for one page: head, header with navigation, the sections, footer. */
export function renderPageDocument(input: PageDocumentInput): string {
  const { spec, page, t } = input;
  const { site } = spec;
  const title = page.title === site.title ? site.title : `${page.title} · ${site.title}`;
  const monogram = Array.from(site.title.trim())[0]?.toLocaleUpperCase(site.locale) ?? '';
  const doc = html`<!doctype html>
<html lang="${site.locale}" dir="${site.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${PROTOTYPE_META_CSP}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
${page.description ? html`<meta name="description" content="${page.description}">\n` : ''}<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/site.css">
<script src="assets/site.js" defer></script>
</head>
<body>
<a class="skip-link" href="#${MAIN_ID}">${t('chrome.skipToContent')}</a>
<header class="site-header"><div class="container header-inner"><a class="brand" href="index.html"><span class="brand-mark" aria-hidden="true">${monogram}</span><span>${site.title}</span></a>${navigation(spec, page, t)}</div></header>
<main id="${MAIN_ID}" tabindex="-1">
${input.sections}</main>
${footer(input)}
</body>
</html>
`;
  return doc.value;
}
