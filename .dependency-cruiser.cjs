/**
 * The layer rules (README, "Layout"): dependencies point one way, apps → packages; `core` is pure;
 * the API holds no SQL (its services own the tables). `npm run check:layers` runs these rules and
 * also refuses cycles between workspace packages (scripts/check-layers.ts).
 */

// Node modules that reach outside the process (files, network, processes, threads).
const NODE_IO = '^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|dns/promises|child_process|cluster|worker_threads|readline|inspector|repl|v8|vm)$';
// Packages that talk to a database, a broker, a mail server or a model, or spawn work.
const PACKAGE_IO = '^(pg|@electric-sql/pglite|drizzle-orm|ioredis|bullmq|nodemailer|openai|ollama|piscina|@sentry/node|pino|undici|@aws-sdk/.*|dockerode|@kubernetes/client-node)(/|$)';
// Tests and the test platform may look at the database directly, to prove what the code did.
const TEST_CODE = '(\\.test\\.tsx?$|\\.browser\\.test\\.tsx?$|/test-support/|/testing/|test-database\\.ts$|test-redis\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-workspace-package',
      comment: '`packages/core` holds the domain rules every other package builds on: it imports no other workspace package (its tests may render with the real catalogues).',
      severity: 'error',
      from: { path: '^packages/core/', pathNot: TEST_CODE },
      to: { path: '^(packages/(?!core/)|apps/)' },
    },
    {
      name: 'core-does-no-io',
      comment: '`packages/core` is pure functions: no file, network, process or database module.',
      severity: 'error',
      from: { path: '^packages/core/', pathNot: TEST_CODE },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'], path: [NODE_IO, PACKAGE_IO] },
    },
    {
      name: 'packages-import-no-app',
      comment: 'Packages are shared by the apps; an app is never a dependency of a package.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-holds-no-sql',
      comment: 'The API calls services (packages/services, the pipeline) that own the tables; it imports neither drizzle-orm nor @statex/db. Tests may inspect rows.',
      severity: 'error',
      from: { path: '^apps/api/', pathNot: TEST_CODE },
      to: { path: ['^packages/db/', '(^|/)node_modules/drizzle-orm/', '^drizzle-orm(/|$)'] },
    },
    {
      name: 'apps-import-no-other-app',
      comment: "An app does not reach into another app's source; the one documented exception is the API's test platform (`@statex/api/test-support`) for other apps' tests.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/', '^apps/api/src/test-support/'] },
    },
    {
      name: 'no-import-of-test-code',
      comment: 'Production code does not import test doubles or the test platform.',
      severity: 'error',
      from: { path: '^(apps|packages)/', pathNot: TEST_CODE },
      to: { path: '\\.test\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|\\.next|out|dist|coverage)/' },
    // Type-only imports count: a type from the database package in the API is still a dependency on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
