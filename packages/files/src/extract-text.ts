import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { ExtractionError, ExtractionRejected } from './extraction-error.ts';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction-limits.ts';
import type { FileKind, ImageKind } from './file-kinds.ts';
import { inspectDocxArchive } from './inspect-docx-archive.ts';
import { normaliseWhitespace } from './normalise-whitespace.ts';
import { textEncodingOf } from './text-encoding.ts';

/** By default at most this many characters of text are kept per file; `truncated` says when there was more. */
export const MAX_EXTRACTED_CHARS = DEFAULT_EXTRACTION_LIMITS.maxChars;

// Reading stops once this much raw text is in hand: normalising never shrinks it enough to fall under the cap.
const rawTextBudget = (maxChars: number) => maxChars * 4;

export type ExtractedText = { text: string; pages?: number; truncated: boolean };
/** Images and audio carry no text to extract here. */
export type NoText = { text: null; truncated: false };

export type ExtractTextOptions = {
  /** The customer's name for the file, for error messages; defaults to the path's base name. */
  name?: string;
  /** Output cap, PDF pages and DOCX archive limits; time and memory are the sandbox's to enforce. */
  limits?: Partial<ExtractionLimits>;
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text of a document the caller has already judged with detectFileKind, whitespace tidied and
 * capped at `limits.maxChars`. Throws ExtractionError when the file cannot be read (damaged,
 * password-protected, not decodable), ExtractionRejected when it passes a structural limit; the
 * message is fit to show the customer. This runs the parsers in the calling thread: the platform
 * calls it only inside the extraction sandbox (extraction-sandbox.ts), which adds time and memory limits.
 */
export function extractText(path: string, kind: 'pdf' | 'docx' | 'txt' | 'md', options?: ExtractTextOptions): Promise<ExtractedText>;
export function extractText(path: string, kind: ImageKind | 'audio', options?: ExtractTextOptions): Promise<NoText>;
export function extractText(path: string, kind: FileKind, options?: ExtractTextOptions): Promise<ExtractedText | NoText>;
export async function extractText(path: string, kind: FileKind, options: ExtractTextOptions = {}): Promise<ExtractedText | NoText> {
  const name = options.name ?? basename(path);
  const limits = { ...DEFAULT_EXTRACTION_LIMITS, ...options.limits };
  switch (kind) {
    case 'txt':
    case 'md':
      return extractPlainText(path, name, limits.maxChars);
    case 'pdf':
      return extractFromPdf(path, name, limits);
    case 'docx':
      return extractFromDocx(path, name, limits);
    case 'png':
    case 'jpeg':
    case 'webp':
    case 'audio':
      return { text: null, truncated: false };
  }
}

async function extractPlainText(path: string, name: string, maxChars: number): Promise<ExtractedText> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let raw = '';
  let cut = false;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
      decoder ??= new TextDecoder(textEncodingOf(chunk), { fatal: true });
      raw += decoder.decode(chunk, { stream: true });
      if (raw.length > rawTextBudget(maxChars)) {
        cut = true;
        break;
      }
    }
    if (decoder && !cut) raw += decoder.decode();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    throw new ExtractionError(
      'text-encoding',
      name,
      'the text is not in UTF-8 (or UTF-16 with a byte-order mark). Save it as UTF-8 and upload it again.',
      { cause: error },
    );
  }
  const capped = capText(normaliseWhitespace(raw), maxChars);
  return { text: capped.text, truncated: capped.truncated || cut };
}

async function extractFromPdf(path: string, name: string, limits: ExtractionLimits): Promise<ExtractedText> {
  const data = new Uint8Array(await readFile(path));
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    pdf = await getDocumentProxy(data, { verbosity: 0, disableFontFace: true });
    // Page by page, never more than the limit: the page count comes from the root /Count, so a
    // page-tree bomb claiming 300,000 pages costs as much as maxPdfPages pages.
    const readable = Math.min(pdf.numPages, limits.maxPdfPages);
    const pages: string[] = [];
    let raw = 0;
    let cut = pdf.numPages > readable;
    for (let number = 1; number <= readable; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      page.cleanup();
      pages.push(text);
      raw += text.length;
      if (raw > rawTextBudget(limits.maxChars)) {
        cut = number < readable || cut;
        break;
      }
    }
    // A form feed between pages: normalising turns it into a paragraph break, so a page's last line never runs into the next page's first.
    const capped = capText(normaliseWhitespace(pages.join('\f')), limits.maxChars);
    return { text: capped.text, truncated: capped.truncated || cut, pages: pdf.numPages };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ExtractionError(
        'pdf-password-protected',
        name,
        'the PDF is password-protected. Save a copy without the password and upload that.',
        { cause: error },
      );
    }
    throw new ExtractionError(
      'pdf-damaged',
      name,
      'the PDF is damaged or incomplete. Export or download it again and upload the new copy.',
      { cause: error },
    );
  } finally {
    await pdf?.loadingTask.destroy();
  }
}

async function extractFromDocx(path: string, name: string, limits: ExtractionLimits): Promise<ExtractedText> {
  try {
    await inspectDocxArchive(path, limits, name);
    const result = await mammoth.extractRawText({ path });
    return capText(normaliseWhitespace(result.value), limits.maxChars);
  } catch (error) {
    if (error instanceof ExtractionRejected) throw error;
    // An encrypted .docx, like a legacy .doc, is an OLE compound file rather than a ZIP.
    if (await startsWith(path, CFB_SIGNATURE)) {
      throw new ExtractionError(
        'docx-protected-or-legacy',
        name,
        'the document is password-protected or in the old .doc format. Save it as an unprotected .docx and upload it again.',
        { cause: error },
      );
    }
    throw new ExtractionError(
      'docx-damaged',
      name,
      'the Word document is damaged or is not a valid .docx. Save it again from Word and upload the new copy.',
      { cause: error },
    );
  }
}

function capText(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never end on half a surrogate pair
  return { text: text.slice(0, end), truncated: true };
}

async function startsWith(path: string, signature: number[]): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(signature.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === signature.length && signature.every((byte, i) => head[i] === byte);
  } finally {
    await handle.close();
  }
}
