/**
 * A request's stages, in order. `clarifying` (the brief interview) runs only when the brief leaves
 * questions open and the customer asked to be asked; otherwise `extracting` moves straight to
 * `generating`. `failed` can follow any stage before `published`.
 */
export const STAGES = ['received', 'extracting', 'clarifying', 'generating', 'rendering', 'publishing', 'published', 'failed'] as const;
export type Stage = (typeof STAGES)[number];
/** Stages a request may pass over on the happy path. */
export const OPTIONAL_STAGES = ['clarifying'] as const satisfies readonly Stage[];
export const WORK_STAGES = ['extracting', 'clarifying', 'generating', 'rendering', 'publishing'] as const satisfies readonly Stage[];
export type WorkStage = (typeof WORK_STAGES)[number];
/** Stages of a request that is not finished: the one list for queries, metrics and the reconciler. */
export const ACTIVE_STAGES = ['received', ...WORK_STAGES] as const satisfies readonly Stage[];

export function isTerminal(stage: Stage): boolean {
  return stage === 'published' || stage === 'failed';
}

function isOptional(stage: Stage): boolean {
  return (OPTIONAL_STAGES as readonly Stage[]).includes(stage);
}

/** The stage after `stage` on the happy path (optional stages passed over), or null at the end. */
export function nextStage(stage: Stage): Stage | null {
  if (isTerminal(stage)) return null;
  let i = STAGES.indexOf(stage) + 1;
  while (STAGES[i] !== undefined && isOptional(STAGES[i] as Stage)) i += 1;
  return STAGES[i] ?? null;
}

/** Whether a stage change is allowed: forward on the happy path, into an optional stage just after, or to `failed` before the end. */
export function canTransition(from: Stage, to: Stage): boolean {
  if (isTerminal(from)) return false;
  if (to === 'failed') return true;
  if (nextStage(from) === to) return true;
  const following = STAGES[STAGES.indexOf(from) + 1];
  return following === to && isOptional(to);
}

/** 0–100, for progress bars. */
export function stageProgress(stage: Stage): number {
  if (stage === 'failed') return 100;
  return Math.round((STAGES.indexOf(stage) / STAGES.indexOf('published')) * 100);
}
