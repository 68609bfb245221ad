import type { Terms } from '@statex/core';
import type { TemplateSpec } from '@statex/templates';

/** Every `href` in the spec's section props, with the page it sits on. */
export function hrefsOf(spec: TemplateSpec): Array<{ page: string; href: string }> {
  const found: Array<{ page: string; href: string }> = [];
  const walk = (value: unknown, page: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, page));
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'href' && typeof child === 'string') found.push({ page, href: child });
        else walk(child, page);
      }
    }
  };
  for (const page of spec.pages) walk(page.sections.map((s) => s.props), page.slug);
  return found;
}

/** Links that lead nowhere: to a missing page, or to a missing section anchor. */
export function brokenHrefs(spec: TemplateSpec): string[] {
  const anchors = new Map(spec.pages.map((p) => [p.slug, new Set(p.sections.map((s) => s.id))]));
  return hrefsOf(spec)
    .filter(({ page, href }) => {
      const m = /^(?:([a-z][a-z0-9-]*)\.html)?(?:#([a-z][a-z0-9-]*))?$/.exec(href);
      if (!m || href === '') return true;
      const target = anchors.get(m[1] ?? page);
      return !target || (m[2] !== undefined && !target.has(m[2]));
    })
    .map(({ page, href }) => `${page}: ${href}`);
}

/** Requirement ids no section cites. */
export function uncovered(terms: Terms, spec: TemplateSpec): string[] {
  const cited = new Set(spec.pages.flatMap((p) => p.sections.flatMap((s) => s.covers)));
  return terms.requirements.map((r) => r.id).filter((id) => !cited.has(id));
}

/** Pages whose `covers` is not exactly the union of their sections' `covers`. */
export function pagesWithWrongCovers(spec: TemplateSpec): string[] {
  return spec.pages
    .filter((p) => {
      const union = new Set(p.sections.flatMap((s) => s.covers));
      return p.covers.length !== union.size || p.covers.some((id) => !union.has(id));
    })
    .map((p) => p.slug);
}
