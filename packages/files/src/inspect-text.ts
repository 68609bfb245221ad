import type { ByteSource } from './byte-source.ts';
import { isStrayControl, textEncodingOf, type TextEncodingName } from './text-encoding.ts';

const CHUNK_BYTES = 64 * 1024;
const SAMPLE_CHARS = 64 * 1024;

export type TextInspection =
  | { isText: true; encoding: TextEncodingName; /** The first 64 Ki characters, to judge structure by. */ sample: string }
  | { isText: false; looksLike: 'binary' | 'legacy-encoded-text' };

/**
 * Decides whether content is text by decoding all of it, a chunk at a time (memory stays flat; a binary
 * file is usually given away by its first chunk). Text is valid UTF-8 (or UTF-16 with a BOM) with no NUL
 * and almost no other control characters: at most one per thousand characters.
 */
export async function inspectText(source: ByteSource): Promise<TextInspection> {
  const head = await source.readAt(0, 4);
  const encoding = textEncodingOf(head);
  const decoder = new TextDecoder(encoding, { fatal: true });
  let sample = '';
  let chars = 0;
  let strayControls = 0;

  for (let offset = 0; offset < source.size; offset += CHUNK_BYTES) {
    const chunk = await source.readAt(offset, CHUNK_BYTES);
    if (chunk.byteLength === 0) break;
    const last = offset + chunk.byteLength >= source.size;
    let decoded: string;
    try {
      decoded = decoder.decode(chunk, { stream: !last });
    } catch {
      return { isText: false, looksLike: encoding === 'utf-8' && looksLikeSingleByteText(chunk) ? 'legacy-encoded-text' : 'binary' };
    }
    for (let i = 0; i < decoded.length; i++) {
      const code = decoded.charCodeAt(i);
      if (code === 0) return { isText: false, looksLike: 'binary' };
      if (isStrayControl(code)) strayControls++;
    }
    chars += decoded.length;
    if (sample.length < SAMPLE_CHARS) sample += decoded.slice(0, SAMPLE_CHARS - sample.length);
  }

  try {
    decoder.decode(); // a sequence cut off at the end of the file
  } catch {
    return { isText: false, looksLike: 'binary' };
  }
  if (strayControls > Math.max(1, chars / 1000)) return { isText: false, looksLike: 'binary' };
  return { isText: true, encoding, sample };
}

/** Invalid UTF-8 that is still readable as Windows-1252/Latin-1: no NUL and hardly any C0 controls. */
function looksLikeSingleByteText(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && isStrayControl(byte)) controls++;
  }
  return controls * 100 < bytes.byteLength;
}
