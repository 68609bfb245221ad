'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { twoProportionTest, wilsonInterval, type VariantCounts } from '../lib/ab-stats';

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const STAGES = ['received', 'extracting', 'generating', 'rendering', 'publishing', 'published', 'failed', 'expired'];

interface AdminRequest {
  id: string;
  stage: string;
  email: string | null;
  createdAt: string;
  failureReason: string | null;
}
interface Queue {
  transport: string;
  jobs: Record<string, number>;
  stages: Record<string, number>;
}

/** AB results of the home page: conversion per variant with 95% Wilson intervals and a z-test. */
function AbResults({ results }: { results: VariantCounts[] }) {
  const t = useTranslations('Admin');
  const a = results.find((r) => r.variant === 'a') ?? { variant: 'a', exposures: 0, conversions: 0 };
  const b = results.find((r) => r.variant === 'b') ?? { variant: 'b', exposures: 0, conversions: 0 };
  const test = twoProportionTest(a, b);
  const rows = [a, b].map((r) => ({ ...r, rate: r.exposures ? r.conversions / r.exposures : 0, ci: wilsonInterval(r.conversions, r.exposures) }));
  const top = Math.max(0.01, ...rows.map((r) => r.ci[1]));
  return (
    <section className="card space-y-4" aria-labelledby="ab-heading" data-testid="ab-results">
      <h2 id="ab-heading" className="text-xl font-bold">{t('ab')}</h2>
      <div className="overflow-x-auto">
      <table className="w-full [&_td]:py-1 [&_th]:text-start">
        <thead><tr><th scope="col">{t('variant')}</th><th scope="col">{t('exposures')}</th><th scope="col">{t('conversions')}</th><th scope="col">{t('rate')}</th><th scope="col">{t('interval')}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.variant}><th scope="row">{r.variant.toUpperCase()}</th><td>{r.exposures}</td><td>{r.conversions}</td><td>{pct(r.rate)}</td><td>{pct(r.ci[0])} – {pct(r.ci[1])}</td></tr>
          ))}
        </tbody>
      </table>
      </div>
      <svg role="img" aria-label={t('chart')} viewBox="0 0 320 110" className="w-full max-w-md">
        {rows.map((r, i) => (
          <g key={r.variant} transform={`translate(40 ${10 + i * 50})`}>
            <text x="-30" y="22" fill="currentColor">{r.variant.toUpperCase()}</text>
            <rect width={(r.rate / top) * 260} height="30" fill="var(--accent)" rx="4" />
            <line x1={(r.ci[0] / top) * 260} x2={(r.ci[1] / top) * 260} y1="15" y2="15" stroke="currentColor" strokeWidth="2" />
          </g>
        ))}
      </svg>
      <p>{t('significance', { diff: pct(test.diff), p: test.p.toFixed(3) })} <strong>{test.p < 0.05 ? t('significant') : t('notSignificant')}</strong></p>
    </section>
  );
}

/** The operator's view: an admin's session (accounts) or the operator token opens it. */
export function AdminView() {
  const t = useTranslations('Admin');
  const locale = useLocale();
  const [results, setResults] = useState<VariantCounts[] | null>(null);
  const [queue, setQueue] = useState<Queue | null>(null);
  const [requests, setRequests] = useState<AdminRequest[]>([]);
  const [denied, setDenied] = useState(false);
  const [token, setToken] = useState('');
  const [stage, setStage] = useState('');
  const [email, setEmail] = useState('');

  const load = useCallback(async (filters: { stage?: string; email?: string } = {}) => {
    const operator = sessionStorage.getItem('statex.operator');
    const init: RequestInit = { credentials: 'same-origin', headers: operator ? { authorization: `Bearer ${operator}` } : {} };
    const query = new URLSearchParams({ limit: '50', ...(filters.stage ? { stage: filters.stage } : {}), ...(filters.email ? { email: filters.email } : {}) });
    const [ab, q, list] = await Promise.all([fetch('/api/admin/ab/home', init), fetch('/api/admin/queue', init), fetch(`/api/admin/requests?${query}`, init)]);
    if (!ab.ok) return setDenied(true);
    setDenied(false);
    setResults(((await ab.json()) as { variants: VariantCounts[] }).variants);
    if (q.ok) setQueue((await q.json()) as Queue);
    if (list.ok) setRequests((await list.json()) as AdminRequest[]);
  }, []);
  useEffect(() => void load(), [load]);

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    sessionStorage.setItem('statex.operator', token);
    void load();
  };

  if (!results) {
    return denied ? (
      <form className="card max-w-lg space-y-3" onSubmit={signIn}>
        <p data-testid="admin-sign-in-required">{t('signInRequired')}</p>
        <label htmlFor="operator-token" className="block font-semibold">{t('token')}</label>
        <input id="operator-token" type="password" className="field" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        <button className="btn" type="submit">{t('load')}</button>
      </form>
    ) : null;
  }
  return (
    <div className="space-y-6">
      <AbResults results={results} />
      {queue && (
        <section className="card" aria-labelledby="queue-heading" data-testid="admin-queue">
          <h2 id="queue-heading" className="mb-2 text-xl font-bold">{t('queue', { transport: queue.transport })}</h2>
          <p className="flex flex-wrap gap-x-6 gap-y-1">{Object.entries({ ...queue.stages, ...queue.jobs }).map(([name, count]) => <span key={name}>{name}: <strong>{count}</strong></span>)}</p>
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="requests-heading" data-testid="admin-requests">
        <h2 id="requests-heading" className="text-xl font-bold">{t('requests')}</h2>
        <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); void load({ stage, email }); }}>
          <label className="block">
            <span className="block font-semibold">{t('stage')}</span>
            <select className="field" value={stage} onChange={(e) => setStage(e.target.value)}>
              <option value="">{t('all')}</option>
              {STAGES.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label className="block">
            <span className="block font-semibold">{t('email')}</span>
            <input className="field" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <button className="btn-secondary" type="submit">{t('filter')}</button>
        </form>
        <div className="overflow-x-auto">
          <table className="w-full text-sm [&_td]:py-1 [&_td]:pe-3 [&_th]:pe-3 [&_th]:text-start">
            <thead><tr><th scope="col">{t('created')}</th><th scope="col">{t('stage')}</th><th scope="col">{t('email')}</th><th scope="col">id</th></tr></thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}><td>{new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(r.createdAt))}</td><td>{r.stage}{r.failureReason ? ` (${r.failureReason})` : ''}</td><td>{r.email ?? '—'}</td><td><code>{r.id}</code></td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
