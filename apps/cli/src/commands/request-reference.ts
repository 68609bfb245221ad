import { isRequestId } from '@statex/core';
import { InputError } from '../cli-errors.ts';

/** Checks an id and token from the command line before asking the API. */
export function checkRequestReference(id: string, token: string | undefined): { id: string; token: string } {
  const problems: string[] = [];
  const trimmed = id.trim().toLowerCase();
  if (!isRequestId(trimmed)) problems.push(`"${id}" is not a request id: ids are 16 characters (a–z, 2–7), as printed when the brief was sent.`);
  if (!token?.trim()) problems.push('A --token is required: the one printed when the brief was sent.');
  if (problems.length > 0) throw new InputError(problems, 'Nothing was asked. Please correct:');
  return { id: trimmed, token: (token ?? '').trim() };
}
