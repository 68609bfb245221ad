import { isDatabaseUnavailable } from '@statex/db';
import { isBrokenCircuit } from '@statex/resilience';

/**
 * Whether an error means a dependency is out for now (the database unreachable, or a circuit
 * breaker open in front of it) rather than a bug: callers answer 503 with a time to come back.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  return isDatabaseUnavailable(error) || isBrokenCircuit(error);
}
