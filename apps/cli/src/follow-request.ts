import { setTimeout as sleep } from 'node:timers/promises';
import { isTerminal } from '@statex/core';
import type { StatexClient } from './api-client.ts';
import type { RequestEvent, RequestStatus } from './api-types.ts';
import { ApiError, UnreachableError } from './cli-errors.ts';
import { readEventStream } from './event-stream.ts';
import type { InterviewFollower } from './interview-follower.ts';
import type { ProgressReporter } from './progress-reporter.ts';

export interface FollowTarget {
  client: StatexClient;
  id: string;
  token: string;
  /** The version being built: 1 for a brief, 2 after the modification. */
  version: number;
  reporter: ProgressReporter;
  /** Handles the brief interview when the request waits in `clarifying`. */
  interview?: InterviewFollower;
}

const POLL_INTERVAL_MS = 1_000;
/** Consecutive failed polls tolerated (about a minute) before giving up on the server. */
const MAX_POLL_FAILURES = 60;

/**
 * Follows a request until `version` is published or failed, over Server-Sent Events; if the
 * stream breaks, polls `GET /api/requests/:id` every second instead. Returns the final status.
 */
export async function followRequest(target: FollowTarget): Promise<RequestStatus> {
  const { client, id, token, version, reporter } = target;
  const shown = new Set<string>();
  const show = (e: RequestEvent) => {
    // The stream replays the whole history; after a modification only the new version matters.
    if (e.version !== version) return;
    // Stage entries are keyed by time; notices in the status carry no time, so by text.
    const key = e.type === 'stage' ? `stage:${e.version}:${e.stage}:${e.at}` : `notice:${e.message}`;
    if (shown.has(key)) return;
    shown.add(key);
    reporter.event(e);
    if (e.type === 'stage') target.interview?.stage(e.stage);
  };
  const isDone = (e: RequestEvent) => e.type === 'stage' && e.version === version && isTerminal(e.stage);

  try {
    const outcome = await readEventStream(client, id, token, show, isDone);
    if (!outcome.done) reporter.info(`Live updates interrupted (${outcome.reason}); checking every second instead.`);
    const status = await pollUntilDone(target, show);
    // The answers (or the skip) are sent before the result is printed.
    await target.interview?.settled();
    return status;
  } finally {
    // An error ends following: a prompt still open must not keep the terminal.
    target.interview?.stop();
    await target.interview?.settled();
  }
}

async function pollUntilDone(target: FollowTarget, show: (e: RequestEvent) => void): Promise<RequestStatus> {
  const { client, id, token, version } = target;
  let failures = 0;
  for (;;) {
    let status: RequestStatus | null = null;
    try {
      status = await client.status(id, token);
      failures = 0;
    } catch (error) {
      const transient = error instanceof UnreachableError || (error instanceof ApiError && error.status >= 500);
      if (!transient || ++failures >= MAX_POLL_FAILURES) throw error;
    }
    if (status) {
      for (const h of status.history) show({ type: 'stage', ...h });
      for (const message of status.notices) show({ type: 'notice', stage: status.stage, version: status.version, message, at: '' });
      // A later version (a modification asked for meanwhile) ends this one too.
      if (status.version >= version && isTerminal(status.stage)) return status;
    }
    await sleep(POLL_INTERVAL_MS);
  }
}
