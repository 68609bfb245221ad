import type { StatexClient } from './api-client.ts';
import type { RequestStatus } from './api-types.ts';
import { describeExpiry } from './describe-duration.ts';
import type { SavedDocuments } from './save-documents.ts';
import type { Terminal } from './terminal.ts';

/** The one JSON object `--json` prints when a followed request ends. */
export function resultJson(client: StatexClient, token: string, status: RequestStatus, saved: SavedDocuments | null) {
  return {
    id: status.id,
    token,
    stage: status.stage,
    version: status.version,
    prototype: status.prototype
      ? { url: status.prototype.url, pathUrl: client.url(status.prototype.path), version: status.prototype.version, expiresAt: status.prototype.expiresAt }
      : null,
    documents: saved,
    modificationsLeft: status.modificationsLeft,
    expiresAt: status.expiresAt,
    failureReason: status.failureReason,
    notices: status.notices,
  };
}

export function printJson(terminal: Terminal, value: unknown): void {
  terminal.print(JSON.stringify(value, null, 2));
}

/** What a person needs once a version is published: where to look, what to keep. */
export function printPublished(terminal: Terminal, client: StatexClient, token: string, status: RequestStatus, saved: SavedDocuments): void {
  const prototype = status.prototype;
  const rows: [string, string][] = [];
  if (prototype) {
    rows.push(['Prototype', prototype.url], ['Also at', client.url(prototype.path)]);
  }
  rows.push(['Terms', saved.terms], ['Plan', saved.plan]);
  if (saved.termsDiff) rows.push(['Changes', saved.termsDiff]);
  rows.push(['Token', `${token}  (keep it: status, follow and modify need it)`]);
  const expiresAt = prototype?.expiresAt ?? status.expiresAt;
  if (expiresAt) rows.push(['Expires', describeExpiry(expiresAt)]);
  terminal.print('');
  terminal.print(`Published version ${prototype?.version ?? status.version} of request ${status.id}.`);
  printRows(terminal, rows);
  if (status.modificationsLeft > 0) {
    terminal.print('');
    terminal.print(`One change is included: statex modify ${status.id} --token ${token} "<what to change>"`);
  }
}

export function printFailed(terminal: Terminal, status: RequestStatus): void {
  terminal.warn(`Request ${status.id} failed${status.version > 1 ? ` (version ${status.version})` : ''}: ${status.failureReason ?? 'no reason was given'}`);
}

/** `statex status`: stage, history, notices, deliverables. */
export function printStatus(terminal: Terminal, client: StatexClient, status: RequestStatus): void {
  terminal.print(`Request ${status.id}: ${status.stage} (${status.progress}%), version ${status.version}`);
  for (const h of status.history) {
    terminal.print(`  ${h.at.slice(0, 19).replace('T', ' ')}  v${h.version}  ${h.stage.padEnd(10)}  ${h.message}`);
  }
  const rows: [string, string][] = [];
  for (const notice of status.notices) rows.push(['Notice', notice]);
  const interview = status.interview;
  if (interview && interview.asked > 0) {
    const waiting = interview.open ? `; waiting for answers${interview.answerBy ? ` until ${describeExpiry(interview.answerBy)}` : ''}: statex answer ${status.id} --token <token>` : '';
    rows.push(['Questions', `${interview.answered} of ${interview.asked} answered${waiting}`]);
  }
  if (status.prototype) {
    rows.push(['Prototype', `${status.prototype.url}  (version ${status.prototype.version})`], ['Also at', client.url(status.prototype.path)]);
  }
  const docs: [string, RequestStatus['documents'][keyof RequestStatus['documents']]][] = [
    ['Terms', status.documents.terms],
    ['Plan', status.documents.plan],
    ['Terms diff', status.documents.termsDiff],
  ];
  for (const [label, doc] of docs) if (doc) rows.push([label, `v${doc.version}  ${client.url(doc.url)}`]);
  rows.push(['Changes left', String(status.modificationsLeft)]);
  if (status.expiresAt) rows.push(['Expires', describeExpiry(status.expiresAt)]);
  if (status.failureReason) rows.push(['Failure', status.failureReason]);
  printRows(terminal, rows);
}

function printRows(terminal: Terminal, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, value] of rows) terminal.print(`  ${`${label}:`.padEnd(width + 1)} ${value}`);
}
