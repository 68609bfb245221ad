export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * The encoding a text upload is read in: UTF-16 only when a byte-order mark says so, UTF-8 otherwise
 * (with or without its BOM). TextDecoder drops a matching BOM itself.
 */
export function textEncodingOf(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Control characters that have no place in prose: C0 other than tab, newline, form feed and carriage return; DEL; C1. */
export function isStrayControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  return code >= 0x7f && code <= 0x9f;
}

/** The same characters as isStrayControl, for replacing in decoded text. */
export const STRAY_CONTROLS = /[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g;
