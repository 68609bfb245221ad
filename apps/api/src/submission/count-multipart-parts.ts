import type { IncomingMessage } from 'node:http';

/**
 * Counts the parts a multipart body announces, by its boundary lines, as the bytes go by. busboy
 * silently skips a part it cannot use (no `Content-Disposition: form-data`, a line break in a name);
 * comparing this count with the parts it delivered turns such a part into a refusal instead of a
 * request quietly missing a file. Must be attached in the same tick as the multipart parser's pipe.
 */
export function countMultipartParts(raw: IncomingMessage): { parts(): number } | null {
  const boundary = multipartBoundary(raw.headers['content-type']);
  if (!boundary) return null;
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // A CRLF in front lets the first boundary line, which has none, match like the others.
  let carry = Buffer.from('\r\n');
  let delimiters = 0;
  raw.on('data', (chunk: Buffer) => {
    const window = Buffer.concat([carry, chunk]);
    for (let at = window.indexOf(delimiter); at !== -1; at = window.indexOf(delimiter, at + delimiter.length)) delimiters += 1;
    // Shorter than the delimiter, so a match found later always includes new bytes: never counted twice.
    carry = window.subarray(Math.max(0, window.length - (delimiter.length - 1)));
  });
  // n parts are framed by n + 1 boundary lines (the last one closes the body).
  return { parts: () => Math.max(0, delimiters - 1) };
}

export function multipartBoundary(contentType: string | undefined): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2] ?? null) : null;
}
