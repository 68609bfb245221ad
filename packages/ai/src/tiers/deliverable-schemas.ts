import { FACT_KINDS, NEED_KINDS, type Fact, type Plan, type Requirement, type Terms } from '@statex/core';
import { TemplateSpecSchema, createDefaultRegistry } from '@statex/templates';
import Type from 'typebox';

/**
 * The JSON Schemas a model answers with. Terms and plan are written strict-compatible (every
 * property required, no additional ones) so OpenAI's structured outputs can enforce them; the
 * TemplateSpec's section props differ per section type, so it is sent non-strict and checked here.
 * Optional fields of the deliverables are required here and may be empty strings; `fromTermsAnswer`
 * turns an answer back into `Terms` without them.
 */
const RequirementId = Type.String({ pattern: '^R[1-9][0-9]*$' });

export const TermsSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ maxLength: 2000 }),
    locale: Type.String({ pattern: '^[a-z]{2}$' }),
    business: Type.Object(
      {
        name: Type.String({ minLength: 1, maxLength: 200 }),
        type: Type.String({ minLength: 1, maxLength: 60 }),
        tagline: Type.String({ maxLength: 300 }),
        city: Type.String({ maxLength: 120 }),
      },
      { additionalProperties: false },
    ),
    requirements: Type.Array(
      Type.Object(
        {
          id: RequirementId,
          text: Type.String({ minLength: 1, maxLength: 1000 }),
          category: Type.Enum(['functional', 'content', 'design', 'integration', 'non-functional']),
          priority: Type.Enum(['must', 'should', 'could']),
          source: Type.String({ minLength: 1, maxLength: 300 }),
          kind: Type.Enum(NEED_KINDS),
          actor: Type.String({ maxLength: 200 }),
          acceptance: Type.String({ maxLength: 1000 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 300 },
    ),
    assumptions: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 100 }),
    facts: Type.Array(
      Type.Object(
        {
          kind: Type.Enum(FACT_KINDS),
          label: Type.String({ minLength: 1, maxLength: 500 }),
          value: Type.String({ maxLength: 300 }),
          detail: Type.String({ maxLength: 500 }),
          group: Type.String({ maxLength: 200 }),
          source: Type.String({ minLength: 1, maxLength: 300 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 500 },
    ),
  },
  { additionalProperties: false },
);

/** Terms as the schema has them: every optional field present, empty when unknown. */
export type TermsAnswer = Type.Static<typeof TermsSchema>;

/** Terms in the answer's shape (for prompts, fixtures and the cache). */
export function toTermsAnswer(terms: Terms, locale: string): TermsAnswer {
  return {
    title: terms.title,
    summary: terms.summary,
    locale: (terms.locale ?? locale).slice(0, 2),
    business: { name: terms.business?.name ?? terms.title, type: terms.business?.type ?? 'other', tagline: terms.business?.tagline ?? '', city: terms.business?.city ?? '' },
    requirements: terms.requirements.map((r) => ({
      id: r.id,
      text: r.text,
      category: r.category,
      priority: r.priority,
      source: r.source,
      kind: r.kind ?? 'other',
      actor: r.actor ?? '',
      acceptance: r.acceptance ?? '',
    })),
    assumptions: terms.assumptions,
    facts: (terms.facts ?? []).map((f) => ({ kind: f.kind, label: f.label, value: f.value ?? '', detail: f.detail ?? '', group: f.group ?? '', source: f.source })),
  };
}

/** An answer as `Terms`: empty optional fields left out, text trimmed. */
export function fromTermsAnswer(answer: TermsAnswer): Terms {
  const present = <K extends string>(key: K, value: string): Partial<Record<K, string>> => (value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>));
  const requirements: Requirement[] = answer.requirements.map((r) => ({
    id: r.id,
    text: r.text.trim(),
    category: r.category as Requirement['category'],
    priority: r.priority as Requirement['priority'],
    source: r.source,
    kind: r.kind as NonNullable<Requirement['kind']>,
    ...present('actor', r.actor),
    ...present('acceptance', r.acceptance),
  }));
  const facts: Fact[] = answer.facts.map((f) => ({
    kind: f.kind as Fact['kind'],
    label: f.label.trim(),
    ...present('value', f.value),
    ...present('detail', f.detail),
    ...present('group', f.group),
    source: f.source,
  }));
  return {
    title: answer.title,
    summary: answer.summary,
    requirements,
    assumptions: answer.assumptions,
    locale: answer.locale,
    business: { name: answer.business.name.trim(), type: answer.business.type.trim(), tagline: answer.business.tagline.trim(), ...present('city', answer.business.city) },
    facts,
  };
}

export const PlanSchema = Type.Object(
  {
    milestones: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 20 }),
          title: Type.String({ minLength: 1, maxLength: 200 }),
          tasks: Type.Array(
            Type.Object(
              {
                title: Type.String({ minLength: 1, maxLength: 300 }),
                covers: Type.Array(RequirementId),
                estimateHours: Type.Number({ minimum: 0 }),
                // Titles of tasks of this plan that must be done first; empty when none.
                dependsOn: Type.Array(Type.String({ minLength: 1, maxLength: 300 })),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
          estimateHours: Type.Number({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    risks: Type.Array(Type.Object({ text: Type.String({ minLength: 1 }), mitigation: Type.String({ minLength: 1 }) }, { additionalProperties: false })),
    totalHours: Type.Number({ minimum: 0 }),
    totalDays: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export type PlanAnswer = Type.Static<typeof PlanSchema>;

/** A plan in the answer's shape: every task lists what it depends on, maybe nothing. */
export function toPlanAnswer(plan: Plan): PlanAnswer {
  return { ...plan, milestones: plan.milestones.map((m) => ({ ...m, tasks: m.tasks.map((t) => ({ title: t.title, covers: t.covers, estimateHours: t.estimateHours, dependsOn: t.dependsOn ?? [] })) })) };
}

/** An answer as a `Plan`: tasks without dependencies carry no `dependsOn`. */
export function fromPlanAnswer(answer: PlanAnswer): Plan {
  return {
    ...answer,
    milestones: answer.milestones.map((m) => ({ ...m, tasks: m.tasks.map(({ dependsOn, ...t }) => (dependsOn.length > 0 ? { ...t, dependsOn } : t)) })),
  };
}

export { TemplateSpecSchema };

/** Plain JSON of a TypeBox schema (TypeBox 1.x schemas are JSON Schema already; this drops symbols). */
export function toJsonSchema(schema: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

/** Section types a model may use in a TemplateSpec, with the JSON Schema of their props. */
export function sectionCatalogue(): string {
  const registry = createDefaultRegistry();
  return registry
    .types()
    .map((type) => `- ${type}: props ${JSON.stringify(toJsonSchema(registry.get(type)?.props))}`)
    .join('\n');
}
