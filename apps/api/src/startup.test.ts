import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('starting the API', () => {
  it('refuses bad settings with a message naming each variable, and exit code 1', () => {
    const result = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, PORT: 'eighty', PROTOTYPE_TTL: 'forever', STATEX_DATA_DIR: '/tmp/statex-never-created' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('"eighty"');
    expect(result.stderr).toContain('PROTOTYPE_TTL');
  });
});
