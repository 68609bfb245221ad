import Type from 'typebox';

/**
 * A TemplateSpec describes a whole static site: its pages, and on each page an ordered list of
 * sections. Every page and section names the requirement ids (`R1`…) it covers, so a reader can
 * trace each part of the prototype back to the terms of reference. Section `props` are checked
 * against the props schema that the SectionRegistry holds for the section's `type`.
 */
export const THEMES = ['light', 'dark', 'eu', 'uae'] as const;
export type ThemeName = (typeof THEMES)[number];

const RequirementIds = Type.Array(Type.String({ pattern: '^R[1-9][0-9]*$' }), { maxItems: 200 });

export const SectionSpecSchema = Type.Object({
  /** Stable within the page; used as the HTML anchor. */
  id: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
  /** A type registered in the SectionRegistry, e.g. `hero`, `features`, `contact-form`. */
  type: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
  covers: RequirementIds,
  props: Type.Record(Type.String(), Type.Unknown()),
});
export type SectionSpec = Type.Static<typeof SectionSpecSchema>;

export const PageSpecSchema = Type.Object({
  /** `index` is the home page; others become `<slug>.html`. */
  slug: Type.String({ pattern: '^[a-z][a-z0-9-]{0,62}$' }),
  title: Type.String({ minLength: 1, maxLength: 200 }),
  navLabel: Type.String({ minLength: 1, maxLength: 60 }),
  description: Type.String({ maxLength: 500 }),
  covers: RequirementIds,
  sections: Type.Array(SectionSpecSchema, { minItems: 1, maxItems: 40 }),
});
export type PageSpec = Type.Static<typeof PageSpecSchema>;

export const TemplateSpecSchema = Type.Object({
  version: Type.Literal(1),
  site: Type.Object({
    title: Type.String({ minLength: 1, maxLength: 200 }),
    tagline: Type.String({ maxLength: 300 }),
    /** BCP 47 language tag, e.g. `en`, `ar`. */
    locale: Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' }),
    dir: Type.Union([Type.Literal('ltr'), Type.Literal('rtl')]),
    theme: Type.Enum(THEMES),
  }),
  pages: Type.Array(PageSpecSchema, { minItems: 1, maxItems: 30 }),
});
export type TemplateSpec = Type.Static<typeof TemplateSpecSchema>;
