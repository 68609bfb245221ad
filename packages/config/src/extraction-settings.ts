import Type from 'typebox';

/**
 * Limits of the sandbox that reads customer files (PDF, DOCX, text): a file past one is refused with a
 * notice and the request goes on without it. Kept apart from the main schema (which spreads them in).
 * The defaults equal @statex/files' DEFAULT_EXTRACTION_LIMITS (a test holds them together).
 */
const Duration = (defaultValue: string, description: string) =>
  Type.String({ default: defaultValue, pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$', description });

export const ExtractionEnv = {
  EXTRACTION_TIMEOUT: Duration('20s', 'Wall-clock time one uploaded file may take to read; past it the sandbox thread is killed and the file refused'),
  EXTRACTION_MEMORY_MB: Type.Integer({ minimum: 32, maximum: 8192, default: 256, description: 'Heap of one sandbox thread reading a file (MiB); past it the thread is killed and the file refused' }),
  EXTRACTION_THREADS: Type.Integer({ minimum: 1, maximum: 32, default: 2, description: 'Sandbox threads reading files at once per process; more files wait their turn' }),
  EXTRACTION_MAX_CHARS: Type.Integer({ minimum: 1000, maximum: 10_000_000, default: 500_000, description: 'Characters of text kept per file; the rest is dropped with a notice' }),
  EXTRACTION_MAX_PDF_PAGES: Type.Integer({ minimum: 1, maximum: 100_000, default: 500, description: 'Pages of a PDF read at most; later pages are skipped with a notice' }),
  EXTRACTION_MAX_ZIP_ENTRIES: Type.Integer({ minimum: 10, maximum: 1_000_000, default: 2000, description: 'Entries a DOCX archive may hold' }),
  EXTRACTION_MAX_UNZIPPED_MB: Type.Integer({ minimum: 1, maximum: 10_000, default: 100, description: 'MiB a DOCX may declare, and its XML may really inflate to, in all' }),
  EXTRACTION_MAX_ZIP_RATIO: Type.Integer({ minimum: 10, maximum: 100_000, default: 100, description: 'Largest compression ratio of a DOCX (whole archive, and any entry over 1 MiB)' }),
  EXTRACTION_MAX_XML_DEPTH: Type.Integer({ minimum: 16, maximum: 100_000, default: 256, description: 'Deepest element nesting allowed in a DOCX XML part' }),
};

type ExtractionEnvValues = { [K in keyof typeof ExtractionEnv]: Type.Static<(typeof ExtractionEnv)[K]> };

/** The same shape as @statex/files' ExtractionLimits, so the config is handed to the sandbox as it is. */
export interface ExtractionConfig {
  timeoutMs: number;
  memoryMb: number;
  threads: number;
  maxChars: number;
  maxPdfPages: number;
  maxZipEntries: number;
  maxZipBytes: number;
  maxZipRatio: number;
  maxXmlDepth: number;
}

export function deriveExtractionConfig(env: ExtractionEnvValues, duration: (name: keyof typeof ExtractionEnv) => number): { config: ExtractionConfig; problems: string[] } {
  const timeoutMs = duration('EXTRACTION_TIMEOUT');
  const problems = timeoutMs < 100 ? [`EXTRACTION_TIMEOUT: must be at least 100ms (got ${JSON.stringify(env.EXTRACTION_TIMEOUT)})`] : [];
  return {
    problems,
    config: {
      timeoutMs,
      memoryMb: env.EXTRACTION_MEMORY_MB,
      threads: env.EXTRACTION_THREADS,
      maxChars: env.EXTRACTION_MAX_CHARS,
      maxPdfPages: env.EXTRACTION_MAX_PDF_PAGES,
      maxZipEntries: env.EXTRACTION_MAX_ZIP_ENTRIES,
      maxZipBytes: env.EXTRACTION_MAX_UNZIPPED_MB * 1024 * 1024,
      maxZipRatio: env.EXTRACTION_MAX_ZIP_RATIO,
      maxXmlDepth: env.EXTRACTION_MAX_XML_DEPTH,
    },
  };
}
