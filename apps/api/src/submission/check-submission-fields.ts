import { BRIEF_MAX_CHARS, BRIEF_MIN_CHARS, COMPLIANCE_MODES, INTERVIEW_MODES, LOCALES, NAME_MAX_CHARS, PRIVACY_MODES, type ComplianceMode, type InterviewMode, type Locale, type PrivacyMode } from '@statex/core';

export interface SubmissionFields {
  brief: string;
  email: string;
  name: string | undefined;
  locale: Locale;
  privacy: PrivacyMode;
  compliance: ComplianceMode;
  /** Whether to be asked about what the brief leaves open before generating (default skip). */
  interview: InterviewMode;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Deliverability is proven by the email itself.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;
// Control characters (CR, LF, NUL, DEL, C1) and line/paragraph separators: a name or address is
// copied into mail headers and bodies, where a line break would start a line of the sender's choosing.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** The email field alone: trimmed and checked, so its quota can be asked as soon as it arrives. */
export function checkEmailField(value: string | undefined): { ok: true; value: string } | { ok: false; problem: string } {
  const email = (value ?? '').trim();
  if (!email) return { ok: false, problem: 'email is required: we send the result there' };
  if (email.length > 254 || CONTROL.test(email) || !EMAIL.test(email)) return { ok: false, problem: `email "${email.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').slice(0, 80)}" is not a valid email address` };
  return { ok: true, value: email };
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, fallback: T, field: string, problems: string[]): T {
  if (value === undefined || value === '') return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  problems.push(`${field} must be one of ${values.join(', ')} (got "${value.slice(0, 40)}")`);
  return fallback;
}

/** Checks the text fields of a submission and says, in one message, everything that is wrong. */
export function checkSubmissionFields(fields: Record<string, string>): { ok: true; value: SubmissionFields } | { ok: false; message: string } {
  const problems: string[] = [];
  const brief = (fields.brief ?? '').trim();
  const briefLength = [...brief].length;
  if (!fields.brief) problems.push(`brief is required: describe what you want built in ${BRIEF_MIN_CHARS}–${BRIEF_MAX_CHARS.toLocaleString('en')} characters`);
  else if (briefLength < BRIEF_MIN_CHARS) problems.push(`brief is too short (${briefLength} characters): write at least ${BRIEF_MIN_CHARS}`);
  else if (briefLength > BRIEF_MAX_CHARS) problems.push(`brief is too long (${briefLength.toLocaleString('en')} characters): keep it within ${BRIEF_MAX_CHARS.toLocaleString('en')}, or attach the rest as a document`);
  const checkedEmail = checkEmailField(fields.email);
  if (!checkedEmail.ok) problems.push(checkedEmail.problem);
  const email = checkedEmail.ok ? checkedEmail.value : '';
  const name = fields.name?.trim() || undefined;
  if (name && [...name].length > NAME_MAX_CHARS) problems.push(`name is too long: keep it within ${NAME_MAX_CHARS} characters`);
  if (name && CONTROL.test(name)) problems.push('name must be one line of text: remove line breaks, tabs and other control characters');
  const locale = oneOf(LOCALES, fields.locale, 'en', 'locale', problems);
  const privacy = oneOf(PRIVACY_MODES, fields.privacy, 'standard', 'privacy', problems);
  const compliance = oneOf(COMPLIANCE_MODES, fields.compliance, 'standard', 'compliance', problems);
  const interview = oneOf(INTERVIEW_MODES, fields.interview, 'skip', 'interview', problems);
  if (problems.length > 0) return { ok: false, message: `Please correct: ${problems.join('; ')}.` };
  return { ok: true, value: { brief, email, name, locale, privacy, compliance, interview } };
}
