export type { DocumentKind, FileKind, FilePurpose, ImageKind, TextKind } from './file-kinds.ts';
export { DOCUMENT_KINDS } from './file-kinds.ts';
export { detectFileKind, type DetectInput, type FileKindDetection } from './detect-file-kind.ts';
export { checkFileName, type FileNameCheck } from './check-file-name.ts';
export { extractText, MAX_EXTRACTED_CHARS, type ExtractedText, type ExtractTextOptions, type NoText } from './extract-text.ts';
export { ExtractionError, type ExtractionFailure } from './extraction-error.ts';
export { ExtractionRejected, isInputFailure, type ExtractionLimit } from './extraction-error.ts';
export { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction-limits.ts';
export { createExtractionSandbox, type ExtractionSandbox, type SandboxStats } from './extraction-sandbox.ts';
