'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { twoProportionTest, wilsonInterval, type VariantCounts } from '../lib/ab-stats';

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

/** AB results of the home page: conversion per variant with 95% Wilson intervals and a z-test. */
export function AdminView() {
  const t = useTranslations('Admin');
  const [results, setResults] = useState<VariantCounts[] | null>(null);
  const [denied, setDenied] = useState(false);
  const [token, setToken] = useState('');

  const load = useCallback(async (operatorToken?: string) => {
    const headers: HeadersInit = operatorToken ? { authorization: `Bearer ${operatorToken}` } : {};
    const response = await fetch('/api/admin/ab/home', { headers, credentials: 'same-origin' });
    if (!response.ok) return setDenied(true);
    setDenied(false);
    setResults(((await response.json()) as { variants: VariantCounts[] }).variants);
  }, []);
  useEffect(() => void load(sessionStorage.getItem('statex.operator') ?? undefined), [load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    sessionStorage.setItem('statex.operator', token);
    void load(token);
  };

  if (!results) {
    return denied ? (
      <form className="card max-w-lg space-y-3" onSubmit={submit}>
        <p data-testid="admin-sign-in-required">{t('signInRequired')}</p>
        <label htmlFor="operator-token" className="block font-semibold">{t('token')}</label>
        <input id="operator-token" type="password" className="field" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
        <button className="btn" type="submit">{t('load')}</button>
      </form>
    ) : null;
  }
  const a = results.find((r) => r.variant === 'a') ?? { variant: 'a', exposures: 0, conversions: 0 };
  const b = results.find((r) => r.variant === 'b') ?? { variant: 'b', exposures: 0, conversions: 0 };
  const test = twoProportionTest(a, b);
  const rows = [a, b].map((r) => ({ ...r, rate: r.exposures ? r.conversions / r.exposures : 0, ci: wilsonInterval(r.conversions, r.exposures) }));
  const top = Math.max(0.01, ...rows.map((r) => r.ci[1]));
  return (
    <section className="card space-y-4" aria-labelledby="ab-heading" data-testid="ab-results">
      <h2 id="ab-heading" className="text-xl font-bold">{t('ab')}</h2>
      <table className="w-full [&_td]:py-1 [&_th]:text-start">
        <thead><tr><th scope="col">{t('variant')}</th><th scope="col">{t('exposures')}</th><th scope="col">{t('conversions')}</th><th scope="col">{t('rate')}</th><th scope="col">{t('interval')}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.variant}><th scope="row">{r.variant.toUpperCase()}</th><td>{r.exposures}</td><td>{r.conversions}</td><td>{pct(r.rate)}</td><td>{pct(r.ci[0])} – {pct(r.ci[1])}</td></tr>
          ))}
        </tbody>
      </table>
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
