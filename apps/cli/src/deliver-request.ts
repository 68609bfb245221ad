import type { StatexClient } from './api-client.ts';
import { EXIT } from './cli-errors.ts';
import { followRequest } from './follow-request.ts';
import { whileInterruptible } from './interruption.ts';
import { printFailed, printJson, printPublished, resultJson } from './print-result.ts';
import { createReporter, reporterKind } from './progress-reporter.ts';
import { saveDocuments } from './save-documents.ts';
import type { Terminal } from './terminal.ts';

export interface DeliverOptions {
  client: StatexClient;
  terminal: Terminal;
  id: string;
  token: string;
  version: number;
  out: string;
  json: boolean;
}

/**
 * Follows a request to its end; when published, saves the documents and prints where
 * everything is; when failed, prints the reason. Returns the exit code.
 */
export async function deliverRequest(options: DeliverOptions): Promise<number> {
  const { client, terminal, id, token, version, json } = options;
  const reporter = createReporter(reporterKind(terminal, json), terminal);
  const release = whileInterruptible(() => {
    reporter.close();
    terminal.warn(`\nStopped following; request ${id} carries on. To follow it again:\n  statex follow ${id} --token ${token}`);
  });
  let status;
  try {
    status = await followRequest({ client, id, token, version, reporter });
  } finally {
    reporter.close();
    release();
  }
  if (status.stage === 'published') {
    const saved = await saveDocuments(client, token, status, options.out);
    if (json) printJson(terminal, resultJson(client, token, status, saved));
    else printPublished(terminal, client, token, status, saved);
    return EXIT.OK;
  }
  if (json) printJson(terminal, resultJson(client, token, status, null));
  printFailed(terminal, status);
  return EXIT.FAILED;
}
