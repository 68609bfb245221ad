import { SectionRegistry } from './section-registry.ts';
import { DEFAULT_SECTIONS } from './sections/default-sections.ts';

/** A new registry holding the built-in section types; register your own on it. */
export function createDefaultRegistry(): SectionRegistry {
  return new SectionRegistry(DEFAULT_SECTIONS);
}

let shared: SectionRegistry | undefined;

/** The registry used when a caller passes none; never handed out, so nobody can register into it. */
export function builtInRegistry(): SectionRegistry {
  shared ??= createDefaultRegistry();
  return shared;
}
