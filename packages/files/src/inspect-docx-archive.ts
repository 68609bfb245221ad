import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ExtractionRejected } from './extraction-error.ts';
import type { ExtractionLimits } from './extraction-limits.ts';

export type ArchiveLimits = Pick<ExtractionLimits, 'maxZipEntries' | 'maxZipBytes' | 'maxZipRatio' | 'maxXmlDepth'>;

/** A well-compressed Word part is 5–20× smaller than its XML; under this size a high ratio proves nothing. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** The parts mammoth parses as XML. */
const XML_PART = /\.(xml|rels)$/i;

/** The archive could not be read as a ZIP at all (the caller decides what that says about the file). */
export class NotAnArchive extends Error {
  override readonly name = 'NotAnArchive';
}

/**
 * Cheap checks on a DOCX before any parser inflates it whole. First the central directory alone
 * (no inflating): entry count, declared uncompressed sizes, compression ratio. Then every XML part
 * is inflated as a stream through a SAX parser that keeps nothing: the real inflated bytes (a
 * lying size header is caught by yauzl's size validation too) and the element nesting. Throws
 * ExtractionRejected naming the limit passed, NotAnArchive when the ZIP structure is broken.
 */
export async function inspectDocxArchive(path: string, limits: ArchiveLimits, fileName?: string): Promise<void> {
  const zip = await openZip(path);
  try {
    if (zip.entryCount > limits.maxZipEntries) throw new ExtractionRejected('zip-entries', fileName);
    const xmlParts: Entry[] = [];
    let declared = 0;
    let compressed = 0;
    for await (const entry of entriesOf(zip)) {
      declared += entry.uncompressedSize;
      compressed += entry.compressedSize;
      if (declared > limits.maxZipBytes) throw new ExtractionRejected('zip-size', fileName);
      if (entry.uncompressedSize > RATIO_FLOOR_BYTES && entry.uncompressedSize > limits.maxZipRatio * Math.max(1, entry.compressedSize)) {
        throw new ExtractionRejected('zip-ratio', fileName);
      }
      if (XML_PART.test(entry.fileName)) xmlParts.push(entry);
    }
    if (declared > RATIO_FLOOR_BYTES && declared > limits.maxZipRatio * Math.max(1, compressed)) throw new ExtractionRejected('zip-ratio', fileName);

    let inflated = 0;
    for (const entry of xmlParts) {
      const stream = await openEntry(zip, entry);
      inflated = await scanXml(stream, limits, inflated, fileName);
    }
  } finally {
    zip.close();
  }
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) reject(new NotAnArchive(error?.message ?? 'not a ZIP archive', { cause: error }));
      else resolve(zip);
    });
  });
}

async function* entriesOf(zip: ZipFile): AsyncGenerator<Entry> {
  for (;;) {
    const entry = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (e: Entry) => done(e);
      const onEnd = () => done(null);
      const onError = (error: Error) => {
        cleanup();
        reject(new NotAnArchive(error.message, { cause: error }));
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      const done = (e: Entry | null) => {
        cleanup();
        resolve(e);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!entry) return;
    yield entry;
  }
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(new NotAnArchive(error?.message ?? 'unreadable entry', { cause: error }));
      else resolve(stream);
    });
  });
}

/** Streams one XML part through saxes; returns the running total of inflated bytes. */
async function scanXml(stream: Readable, limits: ArchiveLimits, inflatedBefore: number, fileName?: string): Promise<number> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = new TextDecoder('utf-8');
  let depth = 0;
  let deepest = 0;
  let parseError: Error | undefined;
  parser.on('opentag', () => {
    depth++;
    if (depth > deepest) deepest = depth;
  });
  parser.on('closetag', () => {
    depth--;
  });
  parser.on('error', (error) => {
    parseError ??= error;
  });
  let inflated = inflatedBefore;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.byteLength;
      if (inflated > limits.maxZipBytes) throw new ExtractionRejected('zip-size', fileName);
      parser.write(decoder.decode(chunk, { stream: true }));
      if (deepest > limits.maxXmlDepth) throw new ExtractionRejected('xml-depth', fileName);
      if (parseError) throw new NotAnArchive(`malformed XML: ${parseError.message}`, { cause: parseError });
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (error instanceof ExtractionRejected || error instanceof NotAnArchive) throw error;
    // yauzl reports a part that inflates past its declared size, or a broken deflate stream.
    throw new NotAnArchive((error as Error).message, { cause: error });
  } finally {
    stream.destroy();
  }
  if (parseError) throw new NotAnArchive(`malformed XML: ${(parseError as Error).message}`, { cause: parseError });
  return inflated;
}
