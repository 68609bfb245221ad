import { GAP_KINDS, MAX_QUESTIONS, type GapKind, type InterviewQuestion } from '@statex/core';
import { resolveLocale } from '@statex/i18n';
import Type from 'typebox';
import Value from 'typebox/value';
import { guessLanguage } from '../offline/guess-language.ts';

/**
 * The brief interview as a model answers it: the same InterviewQuestion shape the offline tier
 * gives, strict-compatible (every property required; "none" is null). The answer is checked here
 * beyond the schema: ids q1…qn in order, each requirement an id of the terms this input gives, no
 * question twice, the request's language.
 */
export const QuestionsSchema = Type.Object(
  {
    questions: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: '^q[1-9]$' }),
          kind: Type.Enum(GAP_KINDS),
          text: Type.String({ minLength: 1, maxLength: 400 }),
          requirement: Type.Union([Type.String({ pattern: '^R[1-9][0-9]*$' }), Type.Null()]),
          suggestion: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_QUESTIONS },
    ),
  },
  { additionalProperties: false },
);

export type QuestionsAnswer = Type.Static<typeof QuestionsSchema>;

/** Below this many letters the questions are too short to tell their language reliably. */
const LANGUAGE_MIN_LETTERS = 60;

const fold = (text: string) => text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

/** Problems of a model's questions; `requirementIds` are the ids of the terms the offline tier writes for this input. */
export function checkQuestions(value: unknown, requirementIds: readonly string[], locale: string): string[] {
  if (!Value.Check(QuestionsSchema, value)) {
    return [...new Set(Value.Errors(QuestionsSchema, value).map((e) => `${e.instancePath || '/'}: ${e.message}`))].slice(0, 30);
  }
  const { questions } = value as QuestionsAnswer;
  const problems: string[] = [];
  const ids = new Set(requirementIds);
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (q.id !== `q${i + 1}`) problems.push(`/questions/${i}/id: expected q${i + 1}, got ${q.id}`);
    const text = fold(q.text);
    if (text === '') problems.push(`/questions/${i}/text: the question is empty`);
    else if (seen.has(text)) problems.push(`/questions/${i}/text: the same question is asked twice`);
    seen.add(text);
    if (q.requirement !== null && !ids.has(q.requirement)) {
      problems.push(`/questions/${i}/requirement: ${q.requirement} is not a requirement of the terms (${requirementIds.join(', ') || 'none'}); use one of them or null`);
    }
  });
  const language = resolveLocale(locale);
  const joined = questions.map((q) => q.text).join(' ');
  if ((joined.match(/\p{L}/gu)?.length ?? 0) >= LANGUAGE_MIN_LETTERS) {
    const written = guessLanguage(joined);
    if (written !== 'unknown' && written !== language) problems.push(`/questions: written in "${written}"; write every question in "${language}"`);
  }
  return problems;
}

/** An accepted answer as the interview's questions: text trimmed, an empty suggestion is none. */
export function fromQuestionsAnswer(answer: QuestionsAnswer): InterviewQuestion[] {
  return answer.questions.map((q) => {
    const suggestion = q.suggestion?.trim() ?? '';
    return { id: q.id, kind: q.kind as GapKind, text: q.text.trim(), requirement: q.requirement, suggestion: suggestion === '' ? null : suggestion };
  });
}
