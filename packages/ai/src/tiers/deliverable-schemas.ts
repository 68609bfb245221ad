import { TemplateSpecSchema, createDefaultRegistry } from '@statex/templates';
import Type from 'typebox';

/**
 * The JSON Schemas a model answers with. Terms and plan are written strict-compatible (every
 * property required, no additional ones) so OpenAI's structured outputs can enforce them; the
 * TemplateSpec's section props differ per section type, so it is sent non-strict and checked here.
 */
const RequirementId = Type.String({ pattern: '^R[1-9][0-9]*$' });

export const TermsSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ maxLength: 2000 }),
    requirements: Type.Array(
      Type.Object(
        {
          id: RequirementId,
          text: Type.String({ minLength: 1, maxLength: 1000 }),
          category: Type.Union(['functional', 'content', 'design', 'integration', 'non-functional'].map((c) => Type.Literal(c))),
          priority: Type.Union(['must', 'should', 'could'].map((p) => Type.Literal(p))),
          source: Type.String({ minLength: 1, maxLength: 300 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 300 },
    ),
    assumptions: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export const PlanSchema = Type.Object(
  {
    milestones: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1, maxLength: 20 }),
          title: Type.String({ minLength: 1, maxLength: 200 }),
          tasks: Type.Array(
            Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }), covers: Type.Array(RequirementId), estimateHours: Type.Number({ minimum: 0 }) }, { additionalProperties: false }),
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
