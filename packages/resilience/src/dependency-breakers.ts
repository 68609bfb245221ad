import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleAll, type CircuitBreakerPolicy } from 'cockatiel';

export type BreakerState = 'closed' | 'open' | 'half-open' | 'isolated';

export interface BreakerSnapshot {
  name: string;
  state: BreakerState;
  consecutiveFailures: number;
  failures: number;
  successes: number;
  lastError: string | null;
  lastFailureAt: string | null;
  /** When an open breaker lets a trial call through next. */
  halfOpensAt: string | null;
}

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  threshold?: number;
  /** How long it stays open before a trial call. */
  halfOpenAfterMs?: number;
}

const STATES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** One cockatiel circuit breaker around one external dependency, with the counters operators need. */
export class DependencyBreaker {
  readonly name: string;
  private readonly policy: CircuitBreakerPolicy;
  private readonly halfOpenAfterMs: number;
  private consecutive = 0;
  private failures = 0;
  private successes = 0;
  private lastError: string | null = null;
  private lastFailureAt: Date | null = null;
  private openedAt: Date | null = null;

  constructor(name: string, options: BreakerOptions = {}) {
    this.name = name;
    this.halfOpenAfterMs = options.halfOpenAfterMs ?? 10_000;
    this.policy = circuitBreaker(handleAll, { halfOpenAfter: this.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.threshold ?? 5) });
    this.policy.onSuccess(() => {
      this.successes += 1;
      this.consecutive = 0;
    });
    this.policy.onFailure(({ reason }) => {
      this.failures += 1;
      this.consecutive += 1;
      this.lastFailureAt = new Date();
      this.lastError = 'error' in reason ? String((reason.error as Error)?.message ?? reason.error) : 'failed';
    });
    this.policy.onBreak(() => {
      this.openedAt = new Date();
    });
    this.policy.onReset(() => {
      this.openedAt = null;
    });
  }

  get state(): BreakerState {
    return STATES[this.policy.state];
  }

  /** Runs `fn` through the breaker; throws BrokenCircuitError at once while open. */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.policy.execute(({ signal: s }) => fn(s), signal);
  }

  snapshot(): BreakerSnapshot {
    const state = this.state;
    return {
      name: this.name,
      state,
      consecutiveFailures: this.consecutive,
      failures: this.failures,
      successes: this.successes,
      lastError: this.lastError,
      lastFailureAt: this.lastFailureAt?.toISOString() ?? null,
      halfOpensAt: state === 'open' && this.openedAt ? new Date(this.openedAt.getTime() + this.halfOpenAfterMs).toISOString() : null,
    };
  }
}

/** The process's breakers, by dependency name; `/health/circuit-breakers` lists them. */
export class BreakerRegistry {
  private readonly breakers = new Map<string, DependencyBreaker>();

  get(name: string, options?: BreakerOptions): DependencyBreaker {
    let breaker = this.breakers.get(name);
    if (!breaker) {
      breaker = new DependencyBreaker(name, options);
      this.breakers.set(name, breaker);
    }
    return breaker;
  }

  snapshot(): BreakerSnapshot[] {
    return [...this.breakers.values()].map((b) => b.snapshot()).sort((a, b) => a.name.localeCompare(b.name));
  }
}

export function isBrokenCircuit(error: unknown): boolean {
  return error instanceof BrokenCircuitError;
}
