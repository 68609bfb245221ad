import { loadConfigOrExit } from '@statex/config';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import { createLogger, createRuntime, initErrorReporting, setupFastifyErrorHandler, startProbeServer } from '@statex/pipeline';

/** Starts the API (and, in embedded mode, the worker and hosting) in this process. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const reporting = initErrorReporting(config, 'api');
  const log = createLogger(config);
  // Listen at once; while PostgreSQL is unreachable the process is live but not ready, and retries.
  const runtime = await createRuntime(config, { log, waitForDatabase: false });
  const app = await buildApp(runtime);
  if (reporting.enabled) setupFastifyErrorHandler(app);
  // Processes sharing PORT (REUSE_PORT) are probed one by one by the supervisor on their own port.
  const probe = config.ops.probePort ? await startProbeServer(runtime, config.ops.probePort) : null;
  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) log.error({ err }, 'stopping after an unexpected error');
    else log.info({ signal }, 'stopping');
    await app.close();
    await probe?.close();
    await runtime.close();
    await reporting.flush();
  });
  // reusePort (Node ≥ 22.12, Linux): several API processes share the port; Fastify passes it to server.listen.
  const listenOptions = { port: config.port, host: config.host, reusePort: config.ops.reusePort };
  await app.listen(listenOptions);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  const mode = config.mode === 'embedded' ? 'embedded mode: PGlite + in-process queue' : `services mode: ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'} + ${config.redisUrl ? 'BullMQ/Redis' : 'in-process queue'}`;
  console.log(`\nStatex is running at ${url}  (${mode}${runtime.worker ? ', worker inline' : ''})`);
  console.log(`  API docs:   ${url}/docs`);
  console.log(`  Send:       curl -F 'brief=A site for my bakery with an order form' -F email=you@example.com ${url}/api/requests`);
  console.log(`  Data in:    ${config.dataDir}\n`);
}

main().catch((error: unknown) => {
  console.error('Statex could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
