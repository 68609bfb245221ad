import type { Plan, Terms } from '@statex/core';
import { formatProblem, validateSpec, type TemplateSpec } from '@statex/templates';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { PlanSchema, TermsSchema } from './deliverable-schemas.ts';

function schemaErrors(schema: TSchema, value: unknown): string[] {
  if (Value.Check(schema, value)) return [];
  return [...new Set(Value.Errors(schema, value).map((e) => `${e.instancePath || '/'}: ${e.message}`))].slice(0, 30);
}

/** Shape (TypeBox) and numbering: R1…Rn in order, no gaps or repeats. */
export function checkTerms(value: unknown): string[] {
  const errors = schemaErrors(TermsSchema, value);
  if (errors.length > 0) return errors;
  const terms = value as Terms;
  const problems: string[] = [];
  terms.requirements.forEach((r, i) => {
    if (r.id !== `R${i + 1}`) problems.push(`/requirements/${i}/id: expected R${i + 1}, got ${r.id}`);
  });
  return problems;
}

/** Shape, and every task cites existing requirements, and every requirement has a task. */
export function checkPlan(value: unknown, terms: Terms): string[] {
  const errors = schemaErrors(PlanSchema, value);
  if (errors.length > 0) return errors;
  const plan = value as Plan;
  const ids = new Set(terms.requirements.map((r) => r.id));
  const problems: string[] = [];
  const covered = new Set<string>();
  plan.milestones.forEach((m, mi) =>
    m.tasks.forEach((t, ti) =>
      t.covers.forEach((id) => {
        if (!ids.has(id)) problems.push(`/milestones/${mi}/tasks/${ti}/covers: ${id} is not a requirement of the terms`);
        covered.add(id);
      }),
    ),
  );
  const missing = [...ids].filter((id) => !covered.has(id));
  if (missing.length > 0) problems.push(`no task covers ${missing.join(', ')}`);
  return problems;
}

/** The templates' own validation (shape, sections, props, links) plus citations of the terms. */
export function checkSpec(value: unknown, terms: Terms): string[] {
  const problems = validateSpec(value).map(formatProblem);
  if (problems.length > 0) return problems.slice(0, 30);
  const spec = value as TemplateSpec;
  const ids = new Set(terms.requirements.map((r) => r.id));
  const cited = new Set<string>();
  spec.pages.forEach((p, pi) => {
    for (const id of [...p.covers, ...p.sections.flatMap((s) => s.covers)]) {
      if (!ids.has(id)) problems.push(`/pages/${pi}: cites ${id}, which is not a requirement of the terms`);
      cited.add(id);
    }
  });
  const missing = [...ids].filter((id) => !cited.has(id));
  if (missing.length > 0) problems.push(`no page or section covers ${missing.join(', ')}`);
  return problems;
}
