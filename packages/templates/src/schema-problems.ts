import type { Validator } from 'typebox/compile';
import { RELATIVE_HREF_PATTERN } from './relative-href.ts';
import type { SpecProblem } from './template-error.ts';

/** Schema patterns and what to tell a person whose value does not match them. */
const PATTERN_MESSAGES: Record<string, string> = {
  [RELATIVE_HREF_PATTERN]:
    "must be a relative link to a page or anchor of this site, such as 'contact.html', '#pricing' or 'contact.html#form' (no scheme or host)",
  '^[a-z][a-z0-9-]{0,62}$': 'must start with a lowercase letter and contain only lowercase letters, digits and hyphens (at most 63)',
  '^[a-z][a-z0-9_-]*$': 'must start with a lowercase letter and contain only lowercase letters, digits, hyphens and underscores',
  '^R[1-9][0-9]*$': "must be a requirement id such as 'R1' or 'R12'",
  '^[a-z]{2}(-[A-Z]{2})?$': "must be a language tag such as 'en', 'ar' or 'en-GB'",
};

interface RawError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function rawMessage(error: RawError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'pattern':
      return PATTERN_MESSAGES[String(p.pattern)] ?? error.message;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters long`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters long`;
    case 'minItems':
      return `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `must have at most ${String(p.limit)} items`;
    case 'type':
      return `must be ${p.type === 'array' || p.type === 'object' ? 'an' : 'a'} ${String(p.type)}`;
    case 'const':
      return `must be ${quote(p.allowedValue)}`;
    case 'enum':
      return `must be one of ${((p.allowedValues as unknown[] | undefined) ?? []).map(quote).join(', ')}`;
    default:
      return error.message;
  }
}

/**
 * Turns TypeBox errors into problems a customer or a spec generator can act on: paths are
 * prefixed with `basePath`, a missing property is reported at its own path, an unknown property
 * is named, and a failed choice between literals lists the allowed values once.
 */
export function schemaProblems(validator: Validator, value: unknown, basePath = ''): SpecProblem[] {
  const errors = validator.Errors(value) as unknown as RawError[];
  const problems: SpecProblem[] = [];
  const allowedByPath = new Map<string, unknown[]>();
  for (const error of errors) {
    const path = basePath + error.instancePath;
    const params = error.params;
    if (error.keyword === 'const') {
      // Collected and reported once, with the `anyOf` error of the same path.
      const allowed = allowedByPath.get(path) ?? [];
      allowed.push(params.allowedValue);
      allowedByPath.set(path, allowed);
    } else if (error.keyword === 'anyOf') {
      const allowed = allowedByPath.get(path);
      problems.push({ path, message: allowed ? `must be one of ${allowed.map(quote).join(', ')}` : 'has an unexpected shape' });
      allowedByPath.delete(path);
    } else if (error.keyword === 'required') {
      for (const name of (params.requiredProperties as string[] | undefined) ?? []) problems.push({ path: `${path}/${name}`, message: 'is required' });
    } else if (error.keyword === 'additionalProperties') {
      const names = (params.additionalProperties as string[] | undefined) ?? [];
      for (const name of names) problems.push({ path: `${path}/${name}`, message: 'is not a known property here' });
    } else if (error.keyword === 'boolean') {
      // `additionalProperties: false` also yields "schema is false" for each extra key; reported above.
    } else {
      problems.push({ path, message: rawMessage(error) });
    }
  }
  for (const [path, allowed] of allowedByPath) problems.push({ path, message: `must be ${allowed.map(quote).join(' or ')}` });
  return problems;
}
