'use client';

import { useLocale, useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { toPanelQuestions, type InterviewSummary, type PanelQuestion } from '../lib/interview-api';
import { sessionWrite } from '../lib/session-api';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';

const STAGES = ['received', 'extracting', 'clarifying', 'generating', 'rendering', 'publishing', 'published'] as const;
type Stage = (typeof STAGES)[number] | 'failed';

// Most requests have no interview: its panel is a chunk of its own, loaded only when there is one.
const InterviewPanel = dynamic(() => import('./interview-panel').then((m) => m.InterviewPanel), { ssr: false });
type DocKind = 'terms' | 'plan' | 'termsDiff';
const DOC_PATH: Record<DocKind, string> = { terms: 'terms', plan: 'plan', termsDiff: 'terms-diff' };

interface RequestView {
  id: string;
  stage: Stage;
  version: number;
  documents: Record<DocKind, { url: string; version: number } | null>;
  prototype: { url: string; path: string; version: number; expiresAt: string } | null;
  modificationsLeft: number;
  failureReason: string | null;
  /** The brief interview, when one was held (absent from older APIs). */
  interview?: InterviewSummary | null;
  history?: { stage: string }[];
}

/**
 * Whether the request has (or had) a brief interview. `clarifying` is an optional stage: without
 * one it is never shown, not even as a step to come.
 */
export function hasInterview(view: Pick<RequestView, 'stage' | 'interview' | 'history'> | null): boolean {
  if (!view) return false;
  return view.stage === 'clarifying' || (view.interview?.asked ?? 0) > 0 || (view.history ?? []).some((h) => h.stage === 'clarifying');
}

/**
 * Where the one modification stands: being made (sent here, or version 2 not yet published), applied
 * (a later version is published), or none asked for here.
 */
export function modificationState(view: Pick<RequestView, 'stage' | 'version' | 'modificationsLeft'>, sent: boolean): 'in-progress' | 'applied' | 'none' {
  if (view.version > 1) return view.stage === 'published' ? 'applied' : view.stage === 'failed' ? 'none' : 'in-progress';
  return sent ? 'in-progress' : 'none';
}

/** The stage list: done, current, to come; announced politely to screen readers. */
export function StageList({ stage, labels, withInterview = false }: { stage: Stage | null; labels: Record<string, string>; withInterview?: boolean }) {
  const stages = STAGES.filter((s) => s !== 'clarifying' || withInterview || stage === 'clarifying');
  // null while loading: the list keeps its place, so nothing below it jumps when the data arrives.
  const current = stage === 'failed' || stage === null ? -1 : stages.indexOf(stage);
  return (
    <ol className="m-0 grid list-none gap-2 p-0 sm:grid-cols-3" data-testid="stages">
      {stages.map((s, index) => {
        const state = index < current || stage === 'published' ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={s} data-stage={s} data-state={state} aria-current={state === 'current' ? 'step' : undefined}
            className={`rounded-xl border p-3 ${state === 'done' ? 'border-success' : state === 'current' ? 'border-accent bg-accent-soft' : 'border-border text-muted'}`}>
            <span aria-hidden="true">{state === 'done' ? '✓ ' : state === 'current' ? '◌ ' : '○ '}</span>{labels[s]}
          </li>
        );
      })}
    </ol>
  );
}

/** An event's JSON data; a malformed one is logged and skipped, never breaks the live updates. */
function parseEvent(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch (error) {
    console.error('status events: malformed event data', error);
    return null;
  }
}

export function StatusView() {
  const t = useTranslations('Status');
  const locale = useLocale();
  const [auth, setAuth] = useState<{ id: string; token: string } | null | undefined>(undefined);
  const [view, setView] = useState<RequestView | null>(null);
  const [docs, setDocs] = useState<Partial<Record<DocKind, { version: number; html: string }>>>({});
  const [live, setLive] = useState<Partial<Record<'terms' | 'plan', string>>>({});
  const [qr, setQr] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [change, setChange] = useState('');
  const [sent, setSent] = useState(false);
  const [modifyError, setModifyError] = useState<string | null>(null);
  const [pushedQuestions, setPushedQuestions] = useState<PanelQuestion[] | null>(null);
  const loaded = useRef<Partial<Record<DocKind, number>>>({});

  useEffect(() => {
    // Fetched now, in parallel with the request's status, so rendering the documents waits for neither.
    void import('../lib/markdown');
    const id = new URLSearchParams(window.location.search).get('id');
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    // Without a token (a link from the signed-in portal) the owner's session cookie opens the request.
    setAuth(id ? { id, token: token ?? '' } : null);
  }, []);

  const refresh = useCallback(async () => {
    if (!auth) return;
    const response = await fetch(`/api/requests/${encodeURIComponent(auth.id)}`, { headers: auth.token ? { authorization: `Bearer ${auth.token}` } : {}, credentials: 'same-origin' });
    const body = await response.json();
    if (!response.ok) return setError(t('error', { message: body?.error?.message ?? response.status }));
    setView(body as RequestView);
  }, [auth, t]);

  // Stages over SSE; each stage change re-reads the request, document deltas stream into a preview.
  useEffect(() => {
    if (!auth) return;
    void refresh();
    const source = new EventSource(`/api/requests/${encodeURIComponent(auth.id)}/events${auth.token ? `?access_token=${encodeURIComponent(auth.token)}` : ''}`);
    source.addEventListener('stage', (event) => {
      // The `clarifying` event carries the questions: the panel shows them before its own read returns.
      const data = parseEvent((event as MessageEvent<string>).data) as { stage?: string; questions?: unknown } | null;
      if (data?.stage === 'clarifying' && Array.isArray(data.questions)) setPushedQuestions(toPanelQuestions(data.questions));
      void refresh();
    });
    source.addEventListener('notice', () => void refresh());
    source.addEventListener('document-delta', (event) => {
      const data = parseEvent((event as MessageEvent<string>).data) as { document: string; text: string } | null;
      if (!data) return;
      if (data.document === 'terms' || data.document === 'plan') setLive((previous) => ({ ...previous, [data.document]: (previous[data.document as 'terms'] ?? '') + data.text }));
    });
    return () => source.close();
  }, [auth, refresh]);

  // Documents are fetched once per version, as soon as the request lists them.
  useEffect(() => {
    if (!auth || !view) return;
    for (const kind of Object.keys(DOC_PATH) as DocKind[]) {
      const doc = view.documents[kind];
      if (!doc || loaded.current[kind] === doc.version) continue;
      loaded.current[kind] = doc.version;
      void fetch(`/api/requests/${encodeURIComponent(auth.id)}/documents/${DOC_PATH[kind]}`, { headers: auth.token ? { authorization: `Bearer ${auth.token}` } : {}, credentials: 'same-origin' })
        .then(async (response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
        .then(async (markdown) => {
          // Markdown and sanitiser load only once there is a document to show.
          const { markdownToSafeHtml } = await import('../lib/markdown');
          setDocs((previous) => ({ ...previous, [kind]: { version: doc.version, html: markdownToSafeHtml(markdown) } }));
        })
        .catch(() => { loaded.current[kind] = undefined; });
    }
  }, [auth, view]);

  const prototypeUrl = view?.prototype ? new URL(view.prototype.path, window.location.origin).toString() : null;
  useEffect(() => {
    if (prototypeUrl) void import('qrcode').then(({ default: QRCode }) => QRCode.toDataURL(prototypeUrl, { margin: 1, width: 320 })).then(setQr);
  }, [prototypeUrl]);

  const modify = async (event: FormEvent) => {
    event.preventDefault();
    if (!auth) return;
    setModifyError(null);
    const url = `/api/requests/${encodeURIComponent(auth.id)}/modifications`;
    const response = auth.token
      ? await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${auth.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ change }) })
      : await sessionWrite('POST', url, { change });
    if (response.ok) {
      setSent(true);
      setChange('');
    } else {
      const body = await response.json().catch(() => null);
      setModifyError(body?.error?.message ?? String(response.status));
    }
    await refresh();
  };

  if (auth === null) return <p role="alert">{t('missing')}</p>;
  const labels = Object.fromEntries(STAGES.map((s) => [s, t(`stage.${s}`)]));
  const doc = (kind: DocKind, title: string) => (
    <section className="card" aria-labelledby={`doc-${kind}`} data-testid={`doc-${kind}`}>
      <h2 id={`doc-${kind}`} className="mb-2 text-xl font-bold">{title}</h2>
      {docs[kind] ? (
        <div className="prose-doc" dangerouslySetInnerHTML={{ __html: docs[kind].html }} />
      ) : kind !== 'termsDiff' && live[kind] ? (
        <pre className="whitespace-pre-wrap text-sm">{live[kind]}</pre>
      ) : (
        <p className="text-muted">{t('waiting')}</p>
      )}
    </section>
  );

  return (
    // At least a screen tall: content arriving later is added below the fold instead of pushing the footer.
    <div className="min-h-screen space-y-6">
      {error && <p role="alert" className="text-danger">{error}</p>}
      <section aria-labelledby="stages-heading">
        <h2 id="stages-heading" className="mb-2 text-xl font-bold">{t('stages')} <span className="text-sm font-normal text-muted">· <bdi>{t('version', { version: view?.version ?? 1 })}</bdi></span></h2>
        <StageList stage={view?.stage ?? null} labels={labels} withInterview={hasInterview(view)} />
        <p role="status" className="sr-only">{view ? (labels[view.stage] ?? view.stage) : ''}</p>
        {view?.stage === 'failed' && <p role="alert" className="mt-2 text-danger">{t('failed', { reason: view.failureReason ?? '' })}</p>}
      </section>
      {view && auth && (hasInterview(view) || pushedQuestions) && (
        // One place whatever the stage, so the panel keeps its confirmation (and focus) as the request moves on.
        <InterviewPanel auth={auth} stage={view.stage} summary={view.interview ?? null} pushed={pushedQuestions} onAnswered={() => void refresh()} />
      )}
      {view && (
        <>
          {view.prototype && prototypeUrl && (
            <section className="card flex flex-wrap items-center gap-5" aria-labelledby="prototype-heading" data-testid="prototype">
              {qr && <img src={qr} width={160} height={160} alt={t('qr')} />}
              <div>
                <h2 id="prototype-heading" className="text-xl font-bold">{t('prototype')}</h2>
                <p><a className="btn my-2" href={prototypeUrl} target="_blank" rel="noopener">{t('open')}</a></p>
                <p className="text-sm"><bdi>{t('version', { version: view.prototype.version })}</bdi> · <bdi>{t('expires', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(view.prototype.expiresAt)) })}</bdi></p>
              </div>
            </section>
          )}
          {view.prototype && (view.modificationsLeft > 0 && !sent ? (
            <section className="card" aria-labelledby="modify-heading">
              <h2 id="modify-heading" className="text-xl font-bold">{t('modify')}</h2>
              <form onSubmit={modify} className="space-y-3">
                <label htmlFor="change" className="block">{t('modifyHelp')}</label>
                <textarea id="change" className="field min-h-24" required minLength={5} value={change} onChange={(e) => setChange(e.target.value)} />
                <button className="btn" type="submit">{t('send')}</button>
              </form>
            </section>
          ) : (
            <p className="card font-semibold" role="status" data-testid="no-more-changes">{modificationState(view, sent) === 'in-progress' ? t('sent') : modificationState(view, sent) === 'applied' ? `${t('applied', { version: view.version })} ${t('noMore')}` : t('noMore')}</p>
          ))}
          {modifyError && <p role="alert" className="text-danger" data-testid="modify-error">{modifyError}</p>}
          {doc('terms', t('terms'))}
          {doc('plan', t('plan'))}
          {view.documents.termsDiff && doc('termsDiff', t('diff'))}
        </>
      )}
    </div>
  );
}
