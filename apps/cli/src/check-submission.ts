import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { BRIEF_MAX_CHARS, BRIEF_MIN_CHARS, MAX_FILES, MAX_UPLOAD_BYTES, NAME_MAX_CHARS } from '@statex/core';
import { InputError } from './cli-errors.ts';

export interface SubmissionInput {
  brief: string;
  email: string;
  name?: string | undefined;
  files: string[];
  voice?: string | undefined;
}

export interface LocalFile {
  /** Absolute path. */
  path: string;
  /** The name the API sees. */
  name: string;
  bytes: number;
}

export interface CheckedSubmission {
  brief: string;
  files: LocalFile[];
  voice: LocalFile | null;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Checks locally what can be checked before anything is sent, with the API's own limits
 * (packages/core/src/limits.ts), and reports every problem at once. The API stays the judge of
 * the rest (email format, file types by content).
 */
export async function checkSubmission(input: SubmissionInput): Promise<CheckedSubmission> {
  const problems: string[] = [];
  const brief = input.brief.trim();
  const briefLength = [...brief].length;
  if (briefLength < BRIEF_MIN_CHARS) {
    problems.push(`The brief is too short (${briefLength} characters): describe what you want built in at least ${BRIEF_MIN_CHARS}.`);
  } else if (briefLength > BRIEF_MAX_CHARS) {
    problems.push(`The brief is too long (${briefLength.toLocaleString('en')} characters): keep it within ${BRIEF_MAX_CHARS.toLocaleString('en')}, or attach the rest as a document with --file.`);
  }
  if (!input.email.trim()) problems.push('An --email is required: the result is sent there.');
  if (input.name && [...input.name.trim()].length > NAME_MAX_CHARS) problems.push(`The --name is too long: keep it within ${NAME_MAX_CHARS} characters.`);
  if (input.files.length > MAX_FILES) {
    problems.push(`Attach at most ${MAX_FILES} files with --file (you gave ${input.files.length}). Combine documents or leave some out.`);
  }

  const files = await Promise.all(input.files.map((f) => inspectFile(f, '--file', problems)));
  const voice = input.voice ? await inspectFile(input.voice, '--voice', problems) : null;
  const found = [...files, voice].filter((f): f is LocalFile => f !== null);
  const total = found.reduce((sum, f) => sum + f.bytes, 0);
  if (total > MAX_UPLOAD_BYTES) {
    problems.push(`The files total ${megabytes(total)}; at most ${megabytes(MAX_UPLOAD_BYTES)} can be sent. Compress or leave out some files.`);
  }
  const names = new Set<string>();
  for (const f of found) {
    if (names.has(f.path)) problems.push(`${f.path} is attached twice; attach it once.`);
    names.add(f.path);
  }

  if (problems.length > 0) throw new InputError(problems);
  return { brief, files: files.filter((f): f is LocalFile => f !== null), voice };
}

async function inspectFile(given: string, option: string, problems: string[]): Promise<LocalFile | null> {
  const absolute = path.resolve(given);
  try {
    const info = await stat(absolute);
    if (!info.isFile()) {
      problems.push(`${option} ${given}: not a file${info.isDirectory() ? ' (it is a folder)' : ''}.`);
      return null;
    }
    await access(absolute, constants.R_OK);
    if (info.size === 0) {
      problems.push(`${option} ${given}: the file is empty.`);
      return null;
    }
    return { path: absolute, name: path.basename(absolute), bytes: info.size };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') problems.push(`${option} ${given}: no such file.`);
    else if (code === 'EACCES' || code === 'EPERM') problems.push(`${option} ${given}: the file cannot be read (permission denied).`);
    else problems.push(`${option} ${given}: cannot be read (${code ?? (error as Error).message}).`);
    return null;
  }
}
