import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countMultipartParts, multipartBoundary } from './count-multipart-parts.ts';

/** A request stream whose body arrives in the given chunks. */
async function feed(contentType: string, chunks: string[]): Promise<number | null> {
  const raw = Object.assign(new PassThrough(), { headers: { 'content-type': contentType } }) as unknown as IncomingMessage & PassThrough;
  const counter = countMultipartParts(raw);
  // Without a counter nothing reads the stream; let it flow to its end.
  if (!counter) raw.resume();
  for (const chunk of chunks) raw.write(Buffer.from(chunk));
  raw.end();
  await new Promise((resolve) => raw.on('end', resolve));
  return counter?.parts() ?? null;
}

const body = ['--xyz', 'Content-Disposition: form-data; name="a"', '', '1', '--xyz', 'Content-Type: text/plain', '', 'no name', '--xyz--', ''].join('\r\n');

describe('countMultipartParts', () => {
  it('counts every announced part, usable or not', async () => {
    expect(await feed('multipart/form-data; boundary=xyz', [body])).toBe(2);
  });

  it('counts a boundary split across chunks once', async () => {
    const chunks = body.match(/[\s\S]{1,3}/g) as string[];
    expect(await feed('multipart/form-data; boundary=xyz', chunks)).toBe(2);
  });

  it('reads quoted boundaries and gives up without one', async () => {
    expect(multipartBoundary('multipart/form-data; boundary="a b;c"')).toBe('a b;c');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary=----WebKit123')).toBe('----WebKit123');
    expect(await feed('multipart/form-data', [body])).toBeNull();
  });
});
