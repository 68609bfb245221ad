import { describe, expect, it } from 'vitest';
import { canTransition, isTerminal, nextStage, stageProgress } from './lifecycle.ts';
import { decideModification, modificationsLeft } from './modification-policy.ts';

describe('request lifecycle', () => {
  it('walks the happy path one stage at a time', () => {
    expect(nextStage('received')).toBe('extracting');
    expect(nextStage('publishing')).toBe('published');
    expect(nextStage('published')).toBeNull();
    expect(canTransition('extracting', 'generating')).toBe(true);
    expect(canTransition('extracting', 'rendering')).toBe(false);
    expect(canTransition('rendering', 'failed')).toBe(true);
    expect(canTransition('published', 'failed')).toBe(false);
    expect(isTerminal('failed')).toBe(true);
    expect(stageProgress('received')).toBe(0);
    expect(stageProgress('published')).toBe(100);
    expect(stageProgress('generating')).toBe(50);
  });

  it('enters the interview only from extracting, and leaves it only for generating', () => {
    expect(nextStage('extracting')).toBe('generating');
    expect(canTransition('extracting', 'clarifying')).toBe(true);
    expect(canTransition('clarifying', 'generating')).toBe(true);
    expect(canTransition('clarifying', 'rendering')).toBe(false);
    expect(canTransition('received', 'clarifying')).toBe(false);
    expect(canTransition('generating', 'clarifying')).toBe(false);
    expect(canTransition('clarifying', 'failed')).toBe(true);
  });

  it('allows exactly one modification of a published, unexpired request', () => {
    expect(decideModification({ stage: 'published', modificationsUsed: 0, expired: false })).toEqual({ allowed: true });
    expect(decideModification({ stage: 'published', modificationsUsed: 1, expired: false })).toEqual({ allowed: false, reason: 'used' });
    expect(decideModification({ stage: 'rendering', modificationsUsed: 0, expired: false })).toEqual({ allowed: false, reason: 'not-published' });
    expect(decideModification({ stage: 'published', modificationsUsed: 0, expired: true })).toEqual({ allowed: false, reason: 'expired' });
    expect(modificationsLeft(0)).toBe(1);
    expect(modificationsLeft(3)).toBe(0);
  });
});
