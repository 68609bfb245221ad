'use client';

import type { ANSWER_MAX_CHARS, InterviewAnswer } from '@statex/core';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { loadQuestions, sendAnswers, type InterviewSummary, type PanelQuestion, type QuestionsView, type RequestAuth } from '../lib/interview-api';

// The value is checked against @statex/core by the type checker; importing it at run time would pull
// the core barrel (node:crypto…) into the browser bundle.
const ANSWER_MAX: typeof ANSWER_MAX_CHARS = 2_000;

/** The fields' starting text: the suggestion where there is one; what the customer typed is never overwritten. */
export function mergeDrafts(previous: Record<string, string>, questions: PanelQuestion[]): Record<string, string> {
  const added = questions.filter((q) => previous[q.id] === undefined);
  // The same object when nothing is new, so React keeps the state as it is.
  if (!added.length) return previous;
  return { ...previous, ...Object.fromEntries(added.map((q) => [q.id, q.answer ?? q.suggestion ?? ''])) };
}

/** What "Send answers" sends: every open question whose field is filled, trimmed and within the limit. */
export function answersToSend(questions: PanelQuestion[], drafts: Record<string, string>): InterviewAnswer[] {
  return questions
    .filter((q) => q.answer === null)
    .map((q) => ({ questionId: q.id, text: (drafts[q.id] ?? '').trim().slice(0, ANSWER_MAX) }))
    .filter((a) => a.text !== '');
}

/** Whether the field still holds the suggestion as offered (shown as a suggestion, not as the customer's words). */
export function holdsSuggestion(question: PanelQuestion, draft: string | undefined): boolean {
  return question.suggestion !== null && question.suggestion.trim() !== '' && (draft ?? '').trim() === question.suggestion.trim();
}

/** Seconds until generation goes on without answers; null when no deadline is known. */
export function secondsLeft(answerBy: string | null, now: number): number | null {
  if (!answerBy) return null;
  const at = Date.parse(answerBy);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

/** "in 28 minutes" / "in 45 seconds" in the page's language. */
export function whenGoesOn(locale: string, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return seconds < 60 ? format.format(Math.max(1, seconds), 'second') : format.format(Math.ceil(seconds / 60), 'minute');
}

/**
 * The questions to show. The stage event's questions carry no answers (and a reopened page replays
 * the event): they stand in only while the interview is on and the read has not returned them yet.
 */
export function shownQuestions(loaded: QuestionsView | null, pushed: PanelQuestion[] | null, passed: boolean): PanelQuestion[] {
  if (passed) return loaded?.questions ?? [];
  return loaded && loaded.questions.length >= (pushed?.length ?? 0) ? loaded.questions : (pushed ?? []);
}

type Result = { kind: 'sent' } | { kind: 'skipped' } | { kind: 'closed' };

export interface InterviewPanelProps {
  auth: RequestAuth;
  /** The request's stage: the questions are re-read when it changes. */
  stage: string;
  summary: InterviewSummary | null;
  /** Questions carried by the `clarifying` stage event, shown before (or without) the GET. */
  pushed: PanelQuestion[] | null;
  /** Re-reads the request after answering, so the stage list moves on. */
  onAnswered: () => void;
}

/**
 * The brief interview on the status page: the questions as a short chat, each a labelled field
 * (prefilled with a suggestion where Statex could infer one), sent at once or skipped. After
 * sending, or once the wait has run out, it shows what was answered, read-only.
 */
export function InterviewPanel({ auth, stage, summary, pushed, onAnswered }: InterviewPanelProps) {
  const t = useTranslations('Status.interview');
  const locale = useLocale();
  const [loaded, setLoaded] = useState<QuestionsView | null>(null);
  const [drafts, setDrafts] = useState<Record<string, string>>(() => mergeDrafts({}, pushed ?? []));
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const confirmation = useRef<HTMLParagraphElement>(null);

  const refetch = useCallback(async () => {
    try {
      setLoaded(await loadQuestions(auth));
      setLoadError(null);
    } catch (failure) {
      setLoadError(t('loadError', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  }, [auth, t]);

  // On load (a reload while clarifying shows the questions again) and whenever the stage or the counts move.
  useEffect(() => {
    void refetch();
  }, [refetch, stage, summary?.asked, summary?.answered, summary?.open]);

  // Open as the API says; closed in any case once the request has moved past the interview.
  const passed = !['received', 'extracting', 'clarifying'].includes(stage);
  const questions = useMemo(() => shownQuestions(loaded, pushed, passed), [loaded, pushed, passed]);
  const open = !passed && (loaded ? loaded.open : (summary?.open ?? stage === 'clarifying'));
  const answerBy = loaded?.answerBy ?? summary?.answerBy ?? null;
  const readOnly = !open || result !== null;

  useEffect(() => setDrafts((previous) => mergeDrafts(previous, questions)), [questions]);

  // The time left ticks while the questions are open.
  useEffect(() => {
    if (readOnly || !answerBy) return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [readOnly, answerBy]);

  useEffect(() => {
    if (result) confirmation.current?.focus();
  }, [result]);

  const submit = async (answers: InterviewAnswer[]) => {
    setBusy(true);
    setError(null);
    const outcome = await sendAnswers(auth, answers);
    setBusy(false);
    if (outcome.kind === 'accepted') setResult(answers.length ? { kind: 'sent' } : { kind: 'skipped' });
    else if (outcome.kind === 'closed') setResult({ kind: 'closed' });
    else setError(t('sendError', { message: outcome.message }));
    await refetch();
    onAnswered();
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    const answers = answersToSend(questions, drafts);
    if (!answers.length) return setError(t('nothingFilled'));
    void submit(answers);
  };

  const left = secondsLeft(answerBy, now);
  const answered = questions.filter((q) => q.answer !== null).length;
  const resultText = result?.kind === 'sent' ? t('sent') : result?.kind === 'skipped' ? t('skipped') : result?.kind === 'closed' ? t('closed') : null;
  // Reopened after the interview: the answers stay available, folded, so the prototype is not pushed down.
  const folded = readOnly && result === null && passed;

  const list = (
    <ol className="m-0 list-none space-y-4 p-0">
      {questions.map((q, index) => {
        const field = `answer-${q.id}`;
        const suggested = !readOnly && holdsSuggestion(q, drafts[q.id]);
        return (
          <li key={q.id} className="space-y-2" data-question={q.id}>
            <div className="me-6 max-w-prose rounded-2xl rounded-ss-sm border border-border bg-surface p-3 sm:me-16">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                <span className="sr-only">{t('question', { number: index + 1 })} · </span>
                {q.requirement ? t('about', { requirement: q.requirement }) : t('aboutBrief')}
              </p>
              {/* The question is its field's label; read-only there is no field left to label. */}
              {readOnly ? <p dir="auto">{q.text}</p> : <label htmlFor={field} className="block" dir="auto">{q.text}</label>}
            </div>
            {readOnly ? (
              <div className={`ms-6 max-w-prose rounded-2xl rounded-se-sm p-3 sm:ms-16 ${q.answer !== null ? 'bg-accent-soft' : 'border border-dashed border-border'}`} data-testid={field}>
                <p className="text-xs font-semibold">{t('yourAnswer')}</p>
                {q.answer !== null ? <p className="whitespace-pre-wrap" dir="auto">{q.answer}</p> : <p>{t('notAnswered')}</p>}
              </div>
            ) : (
              <div className="ms-6 sm:ms-16">
                <textarea id={field} name={q.id} dir="auto" maxLength={ANSWER_MAX} value={drafts[q.id] ?? ''} disabled={busy}
                  onChange={(e) => setDrafts((previous) => ({ ...previous, [q.id]: e.target.value }))}
                  aria-describedby={q.suggestion ? `${field}-hint` : undefined}
                  data-suggested={suggested ? 'true' : undefined}
                  className={`field min-h-20 ${suggested ? 'border-dashed italic' : ''}`} />
                {q.suggestion && (
                  <p id={`${field}-hint`} className="text-sm text-muted">{suggested ? t('suggestion') : t('suggestionWas', { suggestion: q.suggestion })}</p>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );

  return (
    <section className="card space-y-4" aria-labelledby="interview-heading" data-testid="interview">
      <h2 id="interview-heading" className="text-xl font-bold">{t('heading')}</h2>
      {/* Announces the questions as they arrive over the event stream, and the count answered once closed. */}
      <p role="status" aria-live="polite" className={folded ? 'sr-only' : 'text-muted'} data-testid="interview-intro">
        {questions.length ? (readOnly ? t('answeredCount', { count: questions.length, answered }) : t('intro')) : t('loading')}
      </p>
      {resultText && (
        <p ref={confirmation} tabIndex={-1} className="rounded-lg border border-success p-3 font-semibold" data-testid="interview-result">{resultText}</p>
      )}
      {folded ? (
        questions.length > 0 && (
        <details data-testid="interview-answers">
          <summary className="cursor-pointer font-semibold">{t('answeredCount', { count: questions.length, answered })}</summary>
          <div className="mt-3">{list}</div>
        </details>
        )
      ) : readOnly ? (
        list
      ) : (
        <form onSubmit={send} className="space-y-4" aria-labelledby="interview-heading" noValidate>
          {list}
          {left !== null && (
            <p className="pt-1 text-sm font-semibold" data-testid="interview-time-left">
              <time dateTime={answerBy ?? undefined}>{left > 0 ? t('timeLeft', { when: whenGoesOn(locale, left) }) : t('timeUp')}</time>
            </p>
          )}
          {questions.length > 0 && (
            <div className="flex flex-wrap gap-3">
              <button type="submit" className="btn" disabled={busy}>{t('send')}</button>
              <button type="button" className="btn-secondary" disabled={busy} onClick={() => void submit([])}>{t('skip')}</button>
            </div>
          )}
        </form>
      )}
      {(error ?? loadError) && <p role="alert" className="font-semibold text-danger" data-testid="interview-error">{error ?? loadError}</p>}
    </section>
  );
}
