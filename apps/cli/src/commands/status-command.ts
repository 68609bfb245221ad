import { StatexClient } from '../api-client.ts';
import { EXIT } from '../cli-errors.ts';
import { printJson, printStatus } from '../print-result.ts';
import type { Terminal } from '../terminal.ts';
import { checkRequestReference } from './request-reference.ts';

export interface StatusOptions {
  token: string;
  api: string;
  json?: boolean;
}

export async function statusCommand(rawId: string, options: StatusOptions, terminal: Terminal): Promise<number> {
  const { id, token } = checkRequestReference(rawId, options.token);
  const client = new StatexClient(options.api);
  const status = await client.status(id, token);
  if (options.json) printJson(terminal, status);
  else printStatus(terminal, client, status);
  return status.stage === 'failed' ? EXIT.FAILED : EXIT.OK;
}
