import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from './check-layers.ts';

describe('layer rules', () => {
  it('hold for the repository', async () => {
    expect(await checkLayers()).toEqual([]);
  }, 300_000);

  describe('on a tree that breaks each of them', () => {
    let dir = '';
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });
    it('reports SQL in the API, I/O in core, a package importing an app and a package cycle', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'layers-'));
      const files: Record<string, string> = {
        'tsconfig.json': '{"compilerOptions":{"allowImportingTsExtensions":true,"noEmit":true}}',
        'apps/api/src/route.ts': "import { users } from '../../../packages/db/src/index.ts';\nexport const x = users;\n",
        'apps/api/src/route.test.ts': "import { users } from '../../../packages/db/src/index.ts';\nexport const y = users;\n",
        'packages/db/src/index.ts': "export const users = 'users';\n",
        'packages/core/src/rule.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
        'packages/a/src/index.ts': "import { b } from '../../b/src/index.ts';\nexport const a = () => b;\n",
        'packages/b/src/index.ts': "import { a } from '../../a/src/other.ts';\nexport const b = () => a;\n",
        'packages/a/src/other.ts': "import { route } from '../../../apps/api/src/plain.ts';\nexport const a = route;\n",
        'apps/api/src/plain.ts': 'export const route = 1;\n',
      };
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), text);
      }
      const rules = (await checkLayers(dir)).map((v) => `${v.rule} ${v.from}`);
      expect(rules).toContain('api-holds-no-sql apps/api/src/route.ts');
      expect(rules).not.toContain('api-holds-no-sql apps/api/src/route.test.ts');
      expect(rules).toContain('core-does-no-io packages/core/src/rule.ts');
      expect(rules).toContain('packages-import-no-app packages/a/src/other.ts');
      expect(rules.some((r) => r.startsWith('no-package-cycle') && r.includes('packages/a') && r.includes('packages/b'))).toBe(true);
    }, 300_000);
  });
});
