import { DEFAULT_EXTRACTION_LIMITS } from '@statex/files';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

describe('extraction settings', () => {
  it('default to the sandbox library defaults', () => {
    expect(loadConfig({}).extraction).toEqual(DEFAULT_EXTRACTION_LIMITS);
  });

  it('read durations, sizes and counts', () => {
    const config = loadConfig({ EXTRACTION_TIMEOUT: '3s', EXTRACTION_MEMORY_MB: '128', EXTRACTION_MAX_UNZIPPED_MB: '20', EXTRACTION_MAX_PDF_PAGES: '50' });
    expect(config.extraction).toMatchObject({ timeoutMs: 3000, memoryMb: 128, maxZipBytes: 20 * 1024 * 1024, maxPdfPages: 50 });
  });

  it('refuse values that would disarm or break the sandbox, naming the setting', () => {
    for (const [name, value] of [
      ['EXTRACTION_MEMORY_MB', '8'],
      ['EXTRACTION_THREADS', '0'],
      ['EXTRACTION_TIMEOUT', 'forever'],
      ['EXTRACTION_TIMEOUT', '10ms'],
      ['EXTRACTION_MAX_ZIP_RATIO', '2'],
    ] as const) {
      expect(() => loadConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      try {
        loadConfig({ [name]: value });
      } catch (error) {
        expect((error as ConfigError).problems.join('\n')).toContain(name);
      }
    }
  });
});
