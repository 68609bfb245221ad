import { describe, expect, it } from 'vitest';
import { checkFiles, formatSize } from './file-limits';

const MB = 1024 * 1024;
const limits = { maxFiles: 10, maxBytes: 50 * MB };

describe('checkFiles', () => {
  it('accepts up to 10 files and 50 MB in all', () => {
    expect(checkFiles(Array.from({ length: 10 }, () => ({ size: 5 * MB })), limits)).toBeNull();
  });
  it('refuses an eleventh file', () => {
    expect(checkFiles(Array.from({ length: 11 }, () => ({ size: 1 })), limits)).toEqual({ kind: 'too-many', maxFiles: 10 });
  });
  it('counts the voice note in the total and reports the sizes in MB', () => {
    expect(checkFiles([{ size: 45 * MB }], limits, 6 * MB)).toEqual({ kind: 'too-large', totalMb: 51, maxMb: 50 });
  });
});

describe('formatSize', () => {
  it('shows small files in KB and large ones in MB', () => {
    expect(formatSize(80)).toBe('1 KB');
    expect(formatSize(340 * 1024)).toBe('340 KB');
    expect(formatSize(4.2 * 1024 * 1024)).toBe('4.2 MB');
  });
});
