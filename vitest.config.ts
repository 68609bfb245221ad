import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    // Starting a whole platform (PGlite, migrations, the extraction pool) takes seconds alone and much longer on a busy 2-core machine.
    hookTimeout: 180_000,
    // Suites share one PostgreSQL and one Redis; each test file isolates itself (own database, own queue prefix).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
