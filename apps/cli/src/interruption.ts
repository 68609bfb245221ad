import { EXIT } from './cli-errors.ts';

let onStop: (() => void) | null = null;

/**
 * Ctrl+C while following only stops the CLI; the request carries on. `handler` says how to pick
 * it up again. Returns a function that removes the handler.
 */
export function whileInterruptible(handler: () => void): () => void {
  onStop = handler;
  return () => {
    if (onStop === handler) onStop = null;
  };
}

export function installInterruptHandler(): void {
  process.once('SIGINT', () => {
    onStop?.();
    process.exit(EXIT.INTERRUPTED);
  });
}
