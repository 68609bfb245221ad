// The subset of autocannon's API the fault drills use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: { method?: string; path?: string; headers?: Record<string, string> }[];
  }
  interface Instance extends EventEmitter, PromiseLike<unknown> {
    stop(): void;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
