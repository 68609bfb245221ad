import { quoteFileName, UNSAFE_NAME_CHARACTER } from './quote-file-name.ts';

export type FileNameCheck = { ok: true; name: string } | { ok: false; reason: string };

const MAX_NAME_BYTES = 255;

/**
 * Accepts a customer's file name for display and storage metadata: NFC-normalised, trimmed, one path
 * segment, no control characters, at most 255 UTF-8 bytes (what common file systems allow).
 * The name never decides what a file is; see detectFileKind.
 */
export function checkFileName(raw: string): FileNameCheck {
  const name = raw.normalize('NFC').trim();
  const quoted = quoteFileName(name);
  if (name === '') {
    return { ok: false, reason: 'The file has no name. Give it a name and upload it again.' };
  }
  if (UNSAFE_NAME_CHARACTER.test(name)) {
    return {
      ok: false,
      reason: `The file name ${quoted} contains invisible or control characters (shown as "?"). Rename the file using ordinary letters, digits and punctuation, and upload it again.`,
    };
  }
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > MAX_NAME_BYTES) {
    return {
      ok: false,
      reason: `The file name ${quoted} is too long (${bytes} bytes; at most ${MAX_NAME_BYTES} are allowed). Rename the file to something shorter and upload it again.`,
    };
  }
  if (/^\.+$/.test(name)) {
    return {
      ok: false,
      reason: `The file name ${quoted} is only dots. Give the file a real name and upload it again.`,
    };
  }
  if (name.split(/[/\\]/).some((segment) => segment === '..')) {
    return {
      ok: false,
      reason: `The file name ${quoted} contains "..", which points outside a folder. Rename the file without ".." and upload it again.`,
    };
  }
  if (/[/\\]/.test(name)) {
    return {
      ok: false,
      reason: `The file name ${quoted} contains "/" or "\\", which are not allowed in a file name. Rename the file without them and upload it again.`,
    };
  }
  return { ok: true, name };
}
