/**
 * How far the sandbox lets one customer file go before it is refused as too complex. The platform's
 * settings (`EXTRACTION_*` in @statex/config) fill these; the defaults suit real briefs, menus and
 * price lists with a wide margin.
 */
export type ExtractionLimits = {
  /** Wall-clock time one file may take, from when a sandbox thread starts on it. */
  timeoutMs: number;
  /** V8 heap of one sandbox thread (old generation), in MiB; past it the thread is killed. */
  memoryMb: number;
  /** Sandbox threads working at once; more files wait their turn. */
  threads: number;
  /** Characters of text kept per file (the output cap); the rest is dropped and `truncated` set. */
  maxChars: number;
  /** Pages of a PDF read at most; later pages are skipped and `truncated` set. */
  maxPdfPages: number;
  /** Entries a DOCX (a ZIP) may list in its central directory. */
  maxZipEntries: number;
  /** Uncompressed bytes a DOCX may declare in all (and its XML parts may really inflate to). */
  maxZipBytes: number;
  /** Uncompressed size ÷ compressed size, of the whole archive and of any entry over 1 MiB. */
  maxZipRatio: number;
  /** Element nesting allowed in a DOCX's XML parts. */
  maxXmlDepth: number;
};

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  timeoutMs: 20_000,
  memoryMb: 256,
  threads: 2,
  maxChars: 500_000,
  maxPdfPages: 500,
  maxZipEntries: 2_000,
  maxZipBytes: 100 * 1024 * 1024,
  maxZipRatio: 100,
  maxXmlDepth: 256,
};
