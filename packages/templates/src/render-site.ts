import { builtInRegistry } from './default-registry.ts';
import { compareRequirementIds, renderPageDocument } from './page-document.ts';
import { pageFileName } from './relative-href.ts';
import { html, trustedHtml, type SafeHtml } from './safe-html.ts';
import type { SectionRegistry } from './section-registry.ts';
import { SITE_SCRIPT } from './site-script.ts';
import { siteStylesheet } from './site-stylesheet.ts';
import { assertValidSpec } from './spec-validation.ts';
import type { PageSpec, TemplateSpec } from './template-spec.ts';
import { siteText, type SiteText } from './site-text.ts';

export interface SiteFile {
  /** Relative, `/`-separated: `index.html`, `pricing.html`, `assets/site.css`. */
  path: string;
  contents: string;
}

export interface RenderOptions {
  registry?: SectionRegistry;
  /** Shown in every footer; left out by default so the same spec renders to the same bytes. */
  generatedAt?: Date;
  /** Replaces the footer's prototype line, which otherwise says, in the site's language, that this is a Statex prototype. */
  footerNote?: string;
}

export const STYLESHEET_PATH = 'assets/site.css';
export const SCRIPT_PATH = 'assets/site.js';

function renderSections(spec: TemplateSpec, page: PageSpec, registry: SectionRegistry, t: SiteText): SafeHtml {
  const sections = page.sections.map((section, index) => {
    const definition = registry.get(section.type);
    // assertValidSpec has checked every type against this registry.
    if (!definition) throw new Error(`unreachable: unknown section type ${section.type}`);
    const headingId = `${section.id}_heading`;
    const inner = definition.render(section.props, { site: spec.site, page, section, headingId, headingLevel: index === 0 ? 1 : 2, t });
    return html`<section id="${section.id}" class="section section-${section.type}" data-covers="${section.covers.join(' ')}" aria-labelledby="${headingId}"><div class="container">${trustedHtml(inner)}</div></section>\n`;
  });
  return html`${sections}`;
}

/**
 * The sections of one page as HTML, without the document around them: for a host that brings its
 * own page chrome (the web app's marketing pages use the same sections as the prototypes).
 */
export function renderPageSections(spec: TemplateSpec, slug: string, options: Pick<RenderOptions, 'registry'> = {}): string {
  const registry = options.registry ?? builtInRegistry();
  assertValidSpec(spec, registry);
  const page = spec.pages.find((candidate) => candidate.slug === slug);
  if (!page) throw new Error(`The spec has no page '${slug}'`);
  return renderSections(spec, page, registry, siteText(spec.site.locale)).value;
}

function coveredRequirements(page: PageSpec): string[] {
  const ids = new Set(page.covers);
  for (const section of page.sections) for (const id of section.covers) ids.add(id);
  return [...ids].sort(compareRequirementIds);
}

/**
 * Renders a TemplateSpec to a static site: one HTML file per page (`index.html` for the home
 * page), a stylesheet and a script. Throws a TemplateError if the spec is not valid. The output
 * depends only on the spec and the options, byte for byte.
 */
export function renderSite(spec: TemplateSpec, options: RenderOptions = {}): { files: SiteFile[] } {
  const registry = options.registry ?? builtInRegistry();
  assertValidSpec(spec, registry);
  const t = siteText(spec.site.locale);
  const files: SiteFile[] = spec.pages.map((page) => ({
    path: pageFileName(page.slug),
    contents: renderPageDocument({
      spec,
      page,
      sections: renderSections(spec, page, registry, t),
      covers: coveredRequirements(page),
      t,
      footerNote: options.footerNote,
      generatedAt: options.generatedAt,
    }),
  }));
  files.push({ path: STYLESHEET_PATH, contents: siteStylesheet(spec.site.theme) }, { path: SCRIPT_PATH, contents: SITE_SCRIPT });
  return { files };
}
