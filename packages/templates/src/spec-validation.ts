import { Compile, type Validator } from 'typebox/compile';
import { builtInRegistry } from './default-registry.ts';
import { pageFileName, parseRelativeHref } from './relative-href.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SectionRegistry } from './section-registry.ts';
import { TemplateError, type SpecProblem } from './template-error.ts';
import { TemplateSpecSchema, type TemplateSpec } from './template-spec.ts';

let specValidator: Validator | undefined;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayAt = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

interface FoundHref {
  path: string;
  href: string;
}

/** Every `href` string in a section's props, at any depth (links of custom sections included). */
function collectHrefs(value: unknown, path: string, out: FoundHref[]): FoundHref[] {
  if (Array.isArray(value)) value.forEach((item, i) => collectHrefs(item, `${path}/${i}`, out));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'href' && typeof child === 'string') out.push({ path: `${path}/href`, href: child });
      else collectHrefs(child, `${path}/${key}`, out);
    }
  }
  return out;
}

/**
 * Everything wrong with `spec`, in document order: its shape against TemplateSpecSchema, then
 * the rules across pages (unique slugs, one `index` page, unique section ids, known section
 * types, props valid for their type, links that lead to an existing page and section).
 * An empty list means the spec can be rendered.
 */
export function validateSpec(spec: unknown, registry: SectionRegistry = builtInRegistry()): SpecProblem[] {
  specValidator ??= Compile(TemplateSpecSchema);
  const problems = schemaProblems(specValidator, spec);
  if (!isObject(spec)) return problems;

  const pages = arrayAt(spec.pages).filter(isObject);
  const sectionIdsBySlug = new Map<string, Set<string>>();
  for (const page of pages) {
    if (typeof page.slug !== 'string' || sectionIdsBySlug.has(page.slug)) continue;
    sectionIdsBySlug.set(page.slug, new Set(arrayAt(page.sections).flatMap((s) => (isObject(s) && typeof s.id === 'string' ? [s.id] : []))));
  }
  if (Array.isArray(spec.pages) && !sectionIdsBySlug.has('index')) {
    problems.push({ path: '/pages', message: "must include the home page, a page with slug 'index'" });
  }

  const seenSlugs = new Set<string>();
  arrayAt(spec.pages).forEach((page, p) => {
    if (!isObject(page)) return;
    const pagePath = `/pages/${p}`;
    if (typeof page.slug === 'string') {
      if (seenSlugs.has(page.slug)) problems.push({ path: `${pagePath}/slug`, message: `'${page.slug}' is the slug of an earlier page; slugs must be unique` });
      seenSlugs.add(page.slug);
    }
    const seenIds = new Set<string>();
    arrayAt(page.sections).forEach((section, s) => {
      if (!isObject(section)) return;
      const sectionPath = `${pagePath}/sections/${s}`;
      if (typeof section.id === 'string') {
        if (seenIds.has(section.id)) problems.push({ path: `${sectionPath}/id`, message: `'${section.id}' is the id of an earlier section on this page; section ids must be unique within a page` });
        seenIds.add(section.id);
      }
      if (typeof section.type !== 'string') return;
      if (!registry.get(section.type)) {
        problems.push({ path: `${sectionPath}/type`, message: `unknown section type '${section.type}' (known: ${registry.types().join(', ')})` });
        return;
      }
      problems.push(...registry.checkProps(section.type, section.props, `${sectionPath}/props`));
      for (const { path, href } of collectHrefs(section.props, `${sectionPath}/props`, [])) {
        const target = parseRelativeHref(href);
        if (!target) continue; // the props schema has already said what is wrong with it
        const slug = target.page ?? (typeof page.slug === 'string' ? page.slug : '');
        const ids = sectionIdsBySlug.get(slug);
        if (!ids) problems.push({ path, message: `links to '${pageFileName(slug)}' but the spec has no page with slug '${slug}'` });
        else if (target.anchor !== undefined && !ids.has(target.anchor)) {
          problems.push({ path, message: `links to '#${target.anchor}' but page '${slug}' has no section with that id` });
        }
      }
    });
  });
  return problems;
}

/** Returns `spec` typed as a TemplateSpec, or throws a TemplateError listing every problem. */
export function assertValidSpec(spec: unknown, registry?: SectionRegistry): TemplateSpec {
  const problems = validateSpec(spec, registry);
  if (problems.length > 0) throw new TemplateError(problems);
  return spec as TemplateSpec;
}
