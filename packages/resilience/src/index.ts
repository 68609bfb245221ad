export { BreakerRegistry, DependencyBreaker, isBrokenCircuit, type BreakerOptions, type BreakerSnapshot, type BreakerState } from './dependency-breakers.ts';
export { backoffDelayMs, retryForever } from './retry-backoff.ts';
