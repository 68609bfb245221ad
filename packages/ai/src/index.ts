export type { Deliverables, Generator, GeneratorInput, SourceDocument } from './generator.ts';
export { OfflineGenerator } from './offline/offline-generator.ts';
export { createGenerator } from './create-generator.ts';
