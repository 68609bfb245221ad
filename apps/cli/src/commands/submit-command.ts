import { openAsBlob } from 'node:fs';
import type { InterviewMode } from '@statex/core';
import { StatexClient } from '../api-client.ts';
import { checkSubmission, type CheckedSubmission } from '../check-submission.ts';
import { EXIT } from '../cli-errors.ts';
import { deliverRequest } from '../deliver-request.ts';
import { printJson } from '../print-result.ts';
import { interviewHandling } from '../interview-follower.ts';
import { ensureOutDir } from '../save-documents.ts';
import type { Terminal } from '../terminal.ts';

export interface SubmitOptions {
  email: string;
  name?: string;
  file?: string[];
  voice?: string;
  locale?: string;
  privacy?: string;
  compliance?: string;
  api: string;
  out: string;
  json?: boolean;
  wait: boolean;
  /** Commander's `--no-questions`: false asks Statex not to hold a brief interview. */
  questions: boolean;
}

/**
 * `ask` only when someone is there to answer: a terminal on both ends, no `--json` (scripts), no
 * `--no-questions`. Otherwise `skip`, so a script's request is never held waiting.
 */
export function submissionInterview(options: Pick<SubmitOptions, 'questions' | 'json'>, terminal: Pick<Terminal, 'isTTY' | 'stdinIsTTY'>): InterviewMode {
  return options.questions && options.json !== true && terminal.isTTY && terminal.stdinIsTTY ? 'ask' : 'skip';
}

export async function submitCommand(brief: string, options: SubmitOptions, terminal: Terminal): Promise<number> {
  const checked = await checkSubmission({ brief, email: options.email, name: options.name, files: options.file ?? [], voice: options.voice });
  if (options.wait) await ensureOutDir(options.out);
  const client = new StatexClient(options.api);
  const interview = submissionInterview(options, terminal);
  const accepted = await client.submit(await submissionForm(checked, options, interview));
  const { id, token } = accepted;
  if (!options.wait) {
    if (options.json) printJson(terminal, { id, token, status: accepted.status, links: accepted.links });
    else {
      terminal.print(`Request ${id} received.`);
      terminal.print(`Token: ${token}  (shown once; status, follow and modify need it)`);
      terminal.print(`Follow it: statex follow ${id} --token ${token}`);
      if (interview === 'ask') terminal.print(`Statex may have a few questions about the brief first: following asks them, or see them with statex answer ${id} --token ${token}`);
    }
    return EXIT.OK;
  }
  if (!options.json) {
    terminal.print(`Request ${id} received.`);
    terminal.print(`Token: ${token}  (shown once; status, follow and modify need it)`);
  }
  const json = options.json === true;
  const handling = interviewHandling({ questions: options.questions, json, stdinIsTTY: terminal.stdinIsTTY, stdoutIsTTY: terminal.isTTY });
  return deliverRequest({ client, terminal, id, token, version: 1, out: options.out, json, interview: handling, locale: options.locale });
}

/** The multipart body the API reads: text fields first, then the files streamed from disk. */
async function submissionForm(checked: CheckedSubmission, options: SubmitOptions, interview: InterviewMode): Promise<FormData> {
  const form = new FormData();
  form.append('brief', checked.brief);
  form.append('email', options.email.trim());
  if (options.name?.trim()) form.append('name', options.name.trim());
  if (options.locale) form.append('locale', options.locale);
  if (options.privacy) form.append('privacy', options.privacy);
  if (options.compliance) form.append('compliance', options.compliance);
  form.append('interview', interview);
  // The API judges a file by its content, so no type is declared here.
  for (const file of checked.files) form.append('files', await openAsBlob(file.path), file.name);
  if (checked.voice) form.append('voice', await openAsBlob(checked.voice.path), checked.voice.name);
  return form;
}
