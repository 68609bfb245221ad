import { loadConfigOrExit } from '@statex/config';
import { createLogger, createRuntime, initErrorReporting, startProbeServer } from '@statex/pipeline';
import closeWithGrace from 'close-with-grace';

/** A worker process: consumes pipeline jobs from BullMQ, reconciles and cleans up. Needs REDIS_URL (and DATABASE_URL to share state). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.redisUrl || !config.databaseUrl) {
    console.error('The worker runs beside the API in services mode: set DATABASE_URL and REDIS_URL. (Embedded mode runs the worker inside `npm start`.)');
    process.exit(1);
  }
  const reporting = initErrorReporting(config, 'worker');
  const log = createLogger(config).child({ role: 'worker' });
  const runtime = await createRuntime(config, { log, withWorker: true, waitForDatabase: false, role: 'worker' });
  // Liveness, readiness and metrics of this worker for the supervisor (node:http, loopback only).
  const probe = config.ops.workerHealthPort ? await startProbeServer(runtime, config.ops.workerHealthPort) : null;
  closeWithGrace({ delay: 20_000 }, async ({ err, signal }) => {
    if (err) log.error({ err }, 'stopping after an unexpected error');
    else log.info({ signal }, 'stopping: finishing running jobs');
    await probe?.close();
    await runtime.close();
    await reporting.flush();
  });
  log.info({ concurrency: config.worker.concurrency }, 'worker started');
}

main().catch((error: unknown) => {
  console.error('Statex worker could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
