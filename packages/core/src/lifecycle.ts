/** A request's stages, in order. `failed` can follow any stage before `published`. */
export const STAGES = ['received', 'extracting', 'generating', 'rendering', 'publishing', 'published', 'failed'] as const;
export type Stage = (typeof STAGES)[number];
export const WORK_STAGES = ['extracting', 'generating', 'rendering', 'publishing'] as const satisfies readonly Stage[];
export type WorkStage = (typeof WORK_STAGES)[number];

export function isTerminal(stage: Stage): boolean {
  return stage === 'published' || stage === 'failed';
}

/** The stage after `stage` on the happy path, or null at the end. */
export function nextStage(stage: Stage): Stage | null {
  if (isTerminal(stage)) return null;
  const i = STAGES.indexOf(stage);
  return STAGES[i + 1] ?? null;
}

/** Whether a stage change is allowed: forward by one on the happy path, or to `failed` before the end. */
export function canTransition(from: Stage, to: Stage): boolean {
  if (isTerminal(from)) return false;
  if (to === 'failed') return true;
  return nextStage(from) === to;
}

/** 0–100, for progress bars. */
export function stageProgress(stage: Stage): number {
  if (stage === 'failed') return 100;
  return Math.round((STAGES.indexOf(stage) / (STAGES.indexOf('published'))) * 100);
}
