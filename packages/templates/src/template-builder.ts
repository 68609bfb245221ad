import { builtInRegistry } from './default-registry.ts';
import type { SectionRegistry } from './section-registry.ts';
import type { SectionProps } from './sections/default-sections.ts';
import { assertValidSpec } from './spec-validation.ts';
import { TemplateError } from './template-error.ts';
import type { PageSpec, SectionSpec, TemplateSpec, ThemeName } from './template-spec.ts';
import { defaultDirection } from './text-direction.ts';

export interface SiteOptions {
  title: string;
  tagline?: string;
  /** e.g. `en`, `ar`, `fr-CA`. */
  locale: string;
  theme: ThemeName;
  /** Defaults to `rtl` for Arabic, Hebrew, Persian and Urdu, `ltr` otherwise. */
  dir?: 'ltr' | 'rtl';
}

export interface PageOptions {
  slug: string;
  title: string;
  /** Defaults to the title. */
  navLabel?: string;
  description?: string;
  covers?: string[];
}

/** A section; props are typed for the built-in types and free-form for custom ones. */
export type SectionOptions<T extends string = string> = {
  id: string;
  type: T;
  covers?: string[];
  props: T extends keyof SectionProps ? SectionProps[T] : Record<string, unknown>;
};

/**
 * Builds a TemplateSpec step by step:
 * `new TemplateBuilder({ title, locale, theme }).page({ slug: 'index', title }).section({ id, type, props }).build()`.
 * Sections go to the page added last. `build()` validates the whole spec and throws a
 * TemplateError listing every problem.
 */
export class TemplateBuilder {
  readonly #site: TemplateSpec['site'];
  readonly #pages: PageSpec[] = [];
  readonly #registry: SectionRegistry;

  constructor(site: SiteOptions, options: { registry?: SectionRegistry } = {}) {
    this.#site = {
      title: site.title,
      tagline: site.tagline ?? '',
      locale: site.locale,
      dir: site.dir ?? defaultDirection(site.locale),
      theme: site.theme,
    };
    this.#registry = options.registry ?? builtInRegistry();
  }

  page(page: PageOptions): this {
    this.#pages.push({
      slug: page.slug,
      title: page.title,
      navLabel: page.navLabel ?? page.title,
      description: page.description ?? '',
      covers: [...(page.covers ?? [])],
      sections: [],
    });
    return this;
  }

  section<T extends string>(section: SectionOptions<T>): this {
    const page = this.#pages.at(-1);
    if (!page) throw new TemplateError([{ path: '/pages', message: `add a page before section '${section.id}'` }]);
    const spec: SectionSpec = {
      id: section.id,
      type: section.type,
      covers: [...(section.covers ?? [])],
      props: structuredClone(section.props) as Record<string, unknown>,
    };
    page.sections.push(spec);
    return this;
  }

  /** The finished spec (a fresh copy each time); throws a TemplateError if it is not valid. */
  build(): TemplateSpec {
    const spec: TemplateSpec = { version: 1, site: { ...this.#site }, pages: structuredClone(this.#pages) };
    return assertValidSpec(spec, this.#registry);
  }
}
