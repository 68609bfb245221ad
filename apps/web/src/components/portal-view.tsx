'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { loadSavedRequests, statusHref, type SavedRequest } from '../lib/saved-requests';

/** Requests sent from this browser (by id and token) and, once signed in, the account's data rights. */
export function PortalView() {
  const t = useTranslations('Portal');
  const locale = useLocale();
  const [requests, setRequests] = useState<SavedRequest[] | null>(null);
  const [account, setAccount] = useState<{ email: string } | null | undefined>(undefined);
  useEffect(() => {
    setRequests(loadSavedRequests());
    // Accounts (sign-in, export, erasure) are served by /api/me; anything but 200 means "not signed in".
    fetch('/api/me', { credentials: 'same-origin' })
      .then(async (response) => (response.ok ? setAccount((await response.json()) as { email: string }) : setAccount(null)))
      .catch(() => setAccount(null));
  }, []);
  const erase = async () => {
    if (!window.confirm(t('eraseConfirm'))) return;
    const response = await fetch('/api/me', { method: 'DELETE', credentials: 'same-origin' });
    if (response.ok) setAccount(null);
  };
  return (
    <div className="space-y-8">
      <section aria-labelledby="mine">
        <h2 id="mine" className="sr-only">{t('heading')}</h2>
        <p className="mb-3 text-muted">{t('intro')}</p>
        {requests && requests.length === 0 && <p>{t('empty')}</p>}
        <ul className="space-y-2">
          {requests?.map((request) => (
            <li key={request.id} className="card flex flex-wrap items-center justify-between gap-3">
              <span><strong>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(request.sentAt))}</strong> · {request.brief}</span>
              <a className="btn-secondary" href={statusHref(locale, request.id, request.token)}>{t('open')}</a>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="account">
        <h2 id="account" className="mb-2 text-xl font-bold">{t('account')}</h2>
        {account ? (
          <>
            <p>{t('signedInAs', { email: account.email })}</p>
            <p className="mt-3 flex flex-wrap gap-3">
              <a className="btn-secondary" href="/api/me/export" download>{t('export')}</a>
              <button type="button" className="btn-secondary" onClick={erase}>{t('erase')}</button>
            </p>
          </>
        ) : (
          account === null && <p data-testid="sign-in-required">{t('signInRequired')}</p>
        )}
      </section>
    </div>
  );
}
