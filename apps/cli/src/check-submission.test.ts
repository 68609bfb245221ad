import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSubmission } from './check-submission.ts';
import { InputError } from './cli-errors.ts';

const BRIEF = 'A site for our bakery with the menu, prices and cake orders for pickup.';

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe('checkSubmission (before anything is sent)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'statex-cli-check-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('accepts a brief with files and a voice note, trimmed, with sizes and names', async () => {
    const menu = path.join(dir, 'menu.txt');
    const voice = path.join(dir, 'note.ogg');
    await writeFile(menu, 'Cakes: 12 EUR');
    await writeFile(voice, 'OggS fake but non-empty');
    const checked = await checkSubmission({ brief: `  ${BRIEF}  `, email: 'a@b.example', files: [menu], voice });
    expect(checked.brief).toBe(BRIEF);
    expect(checked.files).toEqual([{ path: menu, name: 'menu.txt', bytes: 13 }]);
    expect(checked.voice?.name).toBe('note.ogg');
  });

  it('counts the brief in characters, as the API does', async () => {
    // 20 characters, more than 20 UTF-16 units
    expect(await problemsOf(checkSubmission({ brief: '🍰'.repeat(20), email: 'a@b.example', files: [] }))).toEqual([]);
    const [tooShort] = await problemsOf(checkSubmission({ brief: '🍰'.repeat(19), email: 'a@b.example', files: [] }));
    expect(tooShort).toContain('too short (19 characters)');
    const [tooLong] = await problemsOf(checkSubmission({ brief: 'a'.repeat(20_001), email: 'a@b.example', files: [] }));
    expect(tooLong).toContain('too long (20,001 characters)');
  });

  it('reports every problem at once: folder, empty file, missing voice, size over 50 MB', async () => {
    const empty = path.join(dir, 'empty.pdf');
    const big = path.join(dir, 'big.pdf');
    await writeFile(empty, '');
    await writeFile(big, '');
    await truncate(big, 51 * 1024 * 1024); // sparse: no 51 MB written
    const problems = await problemsOf(checkSubmission({ brief: BRIEF, email: 'a@b.example', files: [dir, empty, big], voice: path.join(dir, 'gone.ogg') }));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('not a file (it is a folder)');
    expect(problems[1]).toContain('the file is empty');
    expect(problems[2]).toContain('--voice');
    expect(problems[2]).toContain('no such file');
    expect(problems[3]).toContain('The files total 51.0 MB; at most 50.0 MB can be sent');
  });
});
