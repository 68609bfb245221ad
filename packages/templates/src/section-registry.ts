import type Type from 'typebox';
import { Compile, type Validator } from 'typebox/compile';
import { schemaProblems } from './schema-problems.ts';
import type { SpecProblem } from './template-error.ts';
import type { PageSpec, SectionSpec, TemplateSpec } from './template-spec.ts';
import type { SiteText } from './site-text.ts';

/** What a section renderer knows besides its own props. */
export interface SectionRenderContext {
  site: TemplateSpec['site'];
  page: PageSpec;
  section: SectionSpec;
  /** The id the section heading must carry; the section element is labelled by it. */
  headingId: string;
  /** 1 for the first section of a page (its `<h1>`), 2 for the others. */
  headingLevel: 1 | 2;
  /** The site's scaffolding words in its locale (labels, buttons, notices). */
  t: SiteText;
}

export interface SectionDefinition<Props extends Type.TSchema = Type.TSchema, Name extends string = string> {
  readonly type: Name;
  readonly props: Props;
  /** Rules a schema cannot express (e.g. one cell per column); paths are relative to the props. */
  check?(props: Type.Static<Props>): SpecProblem[];
  /** Returns the inner HTML of the section; the renderer wraps it in `<section id data-covers>`. */
  render(props: Type.Static<Props>, ctx: SectionRenderContext): string;
}

/** Gives a definition its precise props type while letting it live in a registry of any sections. */
export function defineSection<Props extends Type.TSchema, const Name extends string>(
  definition: SectionDefinition<Props, Name>,
): SectionDefinition<Props, Name> {
  return definition;
}

interface Entry {
  definition: SectionDefinition;
  validator: Validator | undefined;
}

/** Maps a section `type` to its props schema and renderer. */
export class SectionRegistry {
  readonly #entries = new Map<string, Entry>();

  constructor(definitions: readonly SectionDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: SectionDefinition): this {
    if (this.#entries.has(definition.type)) throw new Error(`Section type '${definition.type}' is already registered`);
    this.#entries.set(definition.type, { definition, validator: undefined });
    return this;
  }

  get(type: string): SectionDefinition | undefined {
    return this.#entries.get(type)?.definition;
  }

  types(): string[] {
    return [...this.#entries.keys()];
  }

  /** Problems with `props` for a section of `type`, with paths under `basePath`. */
  checkProps(type: string, props: unknown, basePath = ''): SpecProblem[] {
    const entry = this.#entries.get(type);
    if (!entry) return [{ path: basePath, message: `unknown section type '${type}' (known: ${this.types().join(', ')})` }];
    // Compiled on first use: most processes only ever meet a few section types.
    entry.validator ??= Compile(entry.definition.props);
    const problems = schemaProblems(entry.validator, props, basePath);
    if (problems.length > 0 || !entry.definition.check) return problems;
    return entry.definition.check(props).map((p) => ({ path: basePath + p.path, message: p.message }));
  }
}
