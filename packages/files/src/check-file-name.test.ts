import { describe, expect, it } from 'vitest';
import { checkFileName } from './index.ts';

function reasonFor(name: string): string {
  const result = checkFileName(name);
  if (result.ok) throw new Error(`expected ${JSON.stringify(name)} to be rejected`);
  return result.reason;
}

describe('checkFileName', () => {
  it('accepts ordinary names in any script, NFC-normalised and trimmed', () => {
    expect(checkFileName('Résumé 2026.pdf')).toEqual({ ok: true, name: 'Résumé 2026.pdf' });
    // "e" + combining acute (NFD, as macOS writes names) becomes the precomposed "é".
    expect(checkFileName('Re\u0301sume\u0301 2026.pdf')).toEqual({ ok: true, name: 'Résumé 2026.pdf' });
    expect(checkFileName('السيرة الذاتية.docx')).toEqual({ ok: true, name: 'السيرة الذاتية.docx' });
    expect(checkFileName('  brief.txt ')).toEqual({ ok: true, name: 'brief.txt' });
    expect(checkFileName('.profile')).toEqual({ ok: true, name: '.profile' });
    expect(checkFileName('v1..2.pdf')).toEqual({ ok: true, name: 'v1..2.pdf' });
  });

  it('rejects an empty name', () => {
    expect(reasonFor('')).toBe('The file has no name. Give it a name and upload it again.');
    expect(reasonFor('   ')).toBe('The file has no name. Give it a name and upload it again.');
  });

  it('rejects paths, naming the file and what to change', () => {
    expect(reasonFor('../etc/passwd')).toBe(
      'The file name "../etc/passwd" contains "..", which points outside a folder. Rename the file without ".." and upload it again.',
    );
    expect(reasonFor('a/b.pdf')).toBe(
      'The file name "a/b.pdf" contains "/" or "\\", which are not allowed in a file name. Rename the file without them and upload it again.',
    );
    expect(reasonFor('a\\b.pdf')).toContain('"a\\b.pdf" contains "/" or "\\"');
    expect(reasonFor('..\\windows\\system.ini')).toContain('contains ".."');
  });

  it('rejects names that are only dots', () => {
    expect(reasonFor('..')).toBe('The file name ".." is only dots. Give the file a real name and upload it again.');
    expect(reasonFor('.')).toContain('is only dots');
    expect(reasonFor('....')).toContain('is only dots');
  });

  it('rejects NUL, control characters and direction overrides, showing them as "?"', () => {
    expect(reasonFor('report\u0000.pdf')).toBe(
      'The file name "report?.pdf" contains invisible or control characters (shown as "?"). Rename the file using ordinary letters, digits and punctuation, and upload it again.',
    );
    expect(reasonFor('line\nbreak.txt')).toContain('"line?break.txt"');
    expect(reasonFor('tab\there.txt')).toContain('control characters');
    expect(reasonFor('bell\u0007.txt')).toContain('control characters');
    expect(reasonFor('c1\u0085.txt')).toContain('control characters');
    expect(reasonFor('invoice\u202efdp.exe')).toContain('"invoice?fdp.exe"');
  });

  it('rejects names longer than 255 bytes, counting UTF-8 bytes, not characters', () => {
    const long = `${'a'.repeat(296)}.pdf`;
    const reason = reasonFor(long);
    expect(reason).toContain('is too long (300 bytes; at most 255 are allowed)');
    expect(reason).toContain('Rename the file to something shorter');
    expect(reason.length).toBeLessThan(250); // the name is shortened in the message
    // 128 two-byte letters are 256 bytes though only 128 characters.
    expect(reasonFor(`${'ж'.repeat(128)}`)).toContain('(256 bytes;');
    expect(checkFileName(`${'ж'.repeat(125)}.pdf`)).toMatchObject({ ok: true });
  });
});
