import type { StatexClient } from './api-client.ts';
import { EXIT } from './cli-errors.ts';
import { followRequest } from './follow-request.ts';
import { InterviewFollower, type InterviewHandling } from './interview-follower.ts';
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
  /** What to do when the request asks questions (see InterviewHandling). */
  interview: InterviewHandling;
  /** The request's language, for the status page link; English when not known. */
  locale?: string;
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
  const interview = new InterviewFollower({
    client,
    id,
    token,
    handling: options.interview,
    reporter,
    streams: () => ({ input: terminal.stdin, output: terminal.stdout, terminal: terminal.stdinIsTTY && terminal.isTTY }),
    // --json keeps stdout for its one object; the questions then go to stderr.
    say: json ? (text) => terminal.warn(text) : (text) => reporter.info(text),
    statusPage: client.statusPage(id, token, options.locale ?? 'en'),
  });
  let status;
  try {
    status = await followRequest({ client, id, token, version, reporter, interview });
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
