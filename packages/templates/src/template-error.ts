/** One thing wrong with a spec: a JSON Pointer into the spec (`/pages/0/sections/2/props/heading`) and what is wrong there. */
export interface SpecProblem {
  path: string;
  message: string;
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.path || '/'}: ${problem.message}`;
}

export const TEMPLATE_INVALID = 'STATEX_TEMPLATE_INVALID';

/** Thrown when a spec cannot be built or rendered; `problems` lists every reason found. */
export class TemplateError extends Error {
  readonly code = TEMPLATE_INVALID;
  readonly problems: readonly SpecProblem[];

  constructor(problems: readonly SpecProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Template spec is invalid (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'TemplateError';
    this.problems = problems;
  }
}
