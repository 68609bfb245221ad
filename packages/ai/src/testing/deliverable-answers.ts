import type { Deliverables, GeneratorInput } from '../generator.ts';
import { OfflineGenerator } from '../offline/offline-generator.ts';
import { toPlanAnswer, toTermsAnswer } from '../tiers/deliverable-schemas.ts';

/** Valid answers for a brief, per schema name, in the answer schemas' shape (the offline tier's, relabelled). */
export async function answersFor(input: GeneratorInput): Promise<{ deliverables: Deliverables; bySchema: Record<string, string> }> {
  const deliverables = await new OfflineGenerator().generate(input);
  return {
    deliverables,
    bySchema: {
      terms_of_reference: JSON.stringify({ ...toTermsAnswer(deliverables.terms, input.locale), title: `${deliverables.terms.title} (model)` }),
      realization_plan: JSON.stringify(toPlanAnswer(deliverables.plan)),
      template_spec: JSON.stringify(deliverables.spec),
    },
  };
}

/** The schema name a chat request asked for (OpenAI: response_format; Ollama: recognised by its properties). */
export function schemaNameOf(body: any): string {
  if (body?.response_format?.json_schema?.name) return body.response_format.json_schema.name as string;
  const props = Object.keys(body?.format?.properties ?? {});
  if (props.includes('requirements')) return 'terms_of_reference';
  if (props.includes('milestones')) return 'realization_plan';
  return 'template_spec';
}

export const sampleInput = (overrides: Partial<GeneratorInput> = {}): GeneratorInput => ({
  requestId: 'req-1',
  brief: 'A website for Sunrise Bakery in Brno: our menu with prices, online cake orders for pickup, a contact form and opening hours.',
  documents: [],
  locale: 'en',
  compliance: 'standard',
  privacy: 'standard',
  ...overrides,
});
