import { openAsBlob } from 'node:fs';
import { StatexClient } from '../api-client.ts';
import { checkSubmission, type CheckedSubmission } from '../check-submission.ts';
import { EXIT } from '../cli-errors.ts';
import { deliverRequest } from '../deliver-request.ts';
import { printJson } from '../print-result.ts';
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
}

export async function submitCommand(brief: string, options: SubmitOptions, terminal: Terminal): Promise<number> {
  const checked = await checkSubmission({ brief, email: options.email, name: options.name, files: options.file ?? [], voice: options.voice });
  if (options.wait) await ensureOutDir(options.out);
  const client = new StatexClient(options.api);
  const accepted = await client.submit(await submissionForm(checked, options));
  const { id, token } = accepted;
  if (!options.wait) {
    if (options.json) printJson(terminal, { id, token, status: accepted.status, links: accepted.links });
    else {
      terminal.print(`Request ${id} received.`);
      terminal.print(`Token: ${token}  (shown once; status, follow and modify need it)`);
      terminal.print(`Follow it: statex follow ${id} --token ${token}`);
    }
    return EXIT.OK;
  }
  if (!options.json) {
    terminal.print(`Request ${id} received.`);
    terminal.print(`Token: ${token}  (shown once; status, follow and modify need it)`);
  }
  return deliverRequest({ client, terminal, id, token, version: 1, out: options.out, json: options.json === true });
}

/** The multipart body the API reads: text fields first, then the files streamed from disk. */
async function submissionForm(checked: CheckedSubmission, options: SubmitOptions): Promise<FormData> {
  const form = new FormData();
  form.append('brief', checked.brief);
  form.append('email', options.email.trim());
  if (options.name?.trim()) form.append('name', options.name.trim());
  if (options.locale) form.append('locale', options.locale);
  if (options.privacy) form.append('privacy', options.privacy);
  if (options.compliance) form.append('compliance', options.compliance);
  // The API judges a file by its content, so no type is declared here.
  for (const file of checked.files) form.append('files', await openAsBlob(file.path), file.name);
  if (checked.voice) form.append('voice', await openAsBlob(checked.voice.path), checked.voice.name);
  return form;
}
