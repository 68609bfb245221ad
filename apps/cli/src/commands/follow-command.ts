import { StatexClient } from '../api-client.ts';
import { deliverRequest } from '../deliver-request.ts';
import { interviewHandling } from '../interview-follower.ts';
import { ensureOutDir } from '../save-documents.ts';
import type { Terminal } from '../terminal.ts';
import { checkRequestReference } from './request-reference.ts';

export interface FollowOptions {
  token: string;
  api: string;
  out: string;
  json?: boolean;
  /** Commander's `--no-questions`: false skips the brief interview at once. */
  questions: boolean;
}

export async function followCommand(rawId: string, options: FollowOptions, terminal: Terminal): Promise<number> {
  const { id, token } = checkRequestReference(rawId, options.token);
  await ensureOutDir(options.out);
  const client = new StatexClient(options.api);
  // The current version decides which events matter (after a modification, version 2's).
  const status = await client.status(id, token);
  const json = options.json === true;
  const handling = interviewHandling({ questions: options.questions, json, stdinIsTTY: terminal.stdinIsTTY, stdoutIsTTY: terminal.isTTY });
  return deliverRequest({ client, terminal, id, token, version: status.version, out: options.out, json, interview: handling });
}
