import type { Plan, Terms } from '@statex/core';
import { formatProblem, validateSpec, type TemplateSpec } from '@statex/templates';
import type { TSchema } from 'typebox';
import Value from 'typebox/value';
import { specCoverageProblems, termsCoverageProblems, type OfflineFloor } from './answer-coverage.ts';
import { fromTermsAnswer, PlanSchema, TermsSchema, type TermsAnswer } from './deliverable-schemas.ts';

function schemaErrors(schema: TSchema, value: unknown): string[] {
  if (Value.Check(schema, value)) return [];
  return [...new Set(Value.Errors(schema, value).map((e) => `${e.instancePath || '/'}: ${e.message}`))].slice(0, 30);
}

/**
 * Shape (TypeBox) and numbering: R1…Rn in order, no gaps or repeats; with the offline floor, also
 * every need and fact the offline engine found, the locale, and the business's own name.
 */
export function checkTerms(value: unknown, floor?: OfflineFloor): string[] {
  const errors = schemaErrors(TermsSchema, value);
  if (errors.length > 0) return errors;
  const terms = value as TermsAnswer;
  const problems: string[] = [];
  terms.requirements.forEach((r, i) => {
    if (r.id !== `R${i + 1}`) problems.push(`/requirements/${i}/id: expected R${i + 1}, got ${r.id}`);
  });
  if (floor) problems.push(...termsCoverageProblems(fromTermsAnswer(terms), floor));
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
  const titles = new Set(plan.milestones.flatMap((m) => m.tasks.map((t) => t.title)));
  plan.milestones.forEach((m, mi) =>
    m.tasks.forEach((t, ti) => {
      for (const title of t.dependsOn ?? []) if (!titles.has(title)) problems.push(`/milestones/${mi}/tasks/${ti}/dependsOn: "${title}" is not the title of a task of this plan`);
    }),
  );
  return problems;
}

/**
 * The templates' own validation (shape, sections, props, links) plus citations of the terms; with
 * the offline floor, also a citing section per requirement (of the type the offline designer
 * chose for it, given its `reference` spec), every fact shown, the business's name, locale and direction.
 */
export function checkSpec(value: unknown, terms: Terms, floor?: OfflineFloor, reference?: TemplateSpec): string[] {
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
  if (floor && problems.length === 0) problems.push(...specCoverageProblems(spec, terms, floor, reference));
  return problems;
}
