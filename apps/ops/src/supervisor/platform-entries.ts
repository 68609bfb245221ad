import { fileURLToPath } from 'node:url';
import type { Role } from './supervisor.ts';

/** The entry points the supervisor runs, in this repository. */
export const PLATFORM_ENTRIES: Record<Role, string> = {
  api: fileURLToPath(new URL('../../../api/src/main.ts', import.meta.url)),
  worker: fileURLToPath(new URL('../../../worker/src/main.ts', import.meta.url)),
};
