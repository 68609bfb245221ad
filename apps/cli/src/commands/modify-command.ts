import { CHANGE_MAX_CHARS, CHANGE_MIN_CHARS } from '@statex/core';
import { StatexClient } from '../api-client.ts';
import { EXIT, InputError } from '../cli-errors.ts';
import { deliverRequest } from '../deliver-request.ts';
import { interviewHandling } from '../interview-follower.ts';
import { printJson } from '../print-result.ts';
import { ensureOutDir } from '../save-documents.ts';
import type { Terminal } from '../terminal.ts';
import { checkRequestReference } from './request-reference.ts';

export interface ModifyOptions {
  token: string;
  api: string;
  out: string;
  json?: boolean;
  wait: boolean;
}

export async function modifyCommand(rawId: string, change: string, options: ModifyOptions, terminal: Terminal): Promise<number> {
  const { id, token } = checkRequestReference(rawId, options.token);
  const text = change.trim();
  const length = [...text].length;
  if (length < CHANGE_MIN_CHARS || length > CHANGE_MAX_CHARS) {
    throw new InputError([`Describe the change in ${CHANGE_MIN_CHARS}–${CHANGE_MAX_CHARS.toLocaleString('en')} characters (this one has ${length.toLocaleString('en')}).`]);
  }
  if (options.wait) await ensureOutDir(options.out);
  const client = new StatexClient(options.api);
  const accepted = await client.modify(id, token, text);
  if (!options.wait) {
    if (options.json) printJson(terminal, accepted);
    else terminal.print(`Modification accepted: version ${accepted.version} of request ${id} is being built. Follow it: statex follow ${id} --token ${token}`);
    return EXIT.OK;
  }
  if (!options.json) terminal.print(`Modification accepted: building version ${accepted.version} (this was the one change included).`);
  const json = options.json === true;
  // A modification is not interviewed today; should Statex ask about one, the questions are handled as when following.
  const handling = interviewHandling({ questions: true, json, stdinIsTTY: terminal.stdinIsTTY, stdoutIsTTY: terminal.isTTY });
  return deliverRequest({ client, terminal, id, token, version: accepted.version, out: options.out, json, interview: handling });
}
