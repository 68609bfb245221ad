'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import { loadSavedRequests, statusHref, type SavedRequest } from '../lib/saved-requests';
import { sessionWrite } from '../lib/session-api';

interface AccountRequest {
  id: string;
  stage: string;
  createdAt: string;
}

/** Requests sent from this browser (id + token) and, signed in, the account's requests, export and erasure. */
export function PortalView() {
  const t = useTranslations('Portal');
  const order = useTranslations('Order');
  const locale = useLocale();
  const [requests, setRequests] = useState<SavedRequest[] | null>(null);
  const [account, setAccount] = useState<{ email: string } | null | undefined>(undefined);
  const [accountRequests, setAccountRequests] = useState<AccountRequest[]>([]);
  const [email, setEmail] = useState('');
  const [linkSent, setLinkSent] = useState(false);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  useEffect(() => {
    setRequests(loadSavedRequests());
    // Accounts are served by /api/me (session cookie); anything but 200 means "not signed in".
    fetch('/api/me', { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) return setAccount(null);
        setAccount((await response.json()) as { email: string });
        const mine = await fetch('/api/me/requests', { credentials: 'same-origin' });
        if (mine.ok) setAccountRequests((await mine.json()) as AccountRequest[]);
      })
      .catch(() => setAccount(null));
  }, []);

  const sendLink = async (event: FormEvent) => {
    event.preventDefault();
    // The page's locale: the email is written in it and the link brings the customer back to this language.
    const response = await fetch('/api/auth/magic-link', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, locale }) });
    setLinkSent(response.ok);
  };
  const erase = async () => {
    if (!window.confirm(t('eraseConfirm'))) return;
    if ((await sessionWrite('DELETE', '/api/me')).ok) setAccount(null);
  };
  const signOut = async () => {
    if ((await sessionWrite('POST', '/api/auth/sign-out')).ok) setAccount(null);
  };

  return (
    <div className="space-y-8">
      <section aria-labelledby="mine">
        <h2 id="mine" className="sr-only">{t('heading')}</h2>
        <p className="mb-3 text-muted">{t('intro')}</p>
        {requests && requests.length === 0 && <p>{t('empty')}</p>}
        <ul className="m-0 list-none space-y-2 p-0">
          {requests?.map((request) => (
            <li key={request.id} className="card flex flex-wrap items-center justify-between gap-3">
              <span><strong>{when(request.sentAt)}</strong> · {request.brief}</span>
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
            {accountRequests.length > 0 && (
              <>
                <h3 className="mt-4 font-semibold">{t('accountRequests')}</h3>
                <ul className="m-0 list-none space-y-1 p-0">
                  {accountRequests.map((request) => (
                    <li key={request.id}>
                      {/* The session opens the owner's requests: no token in the link. */}
                      <a href={`/${locale}/status?id=${encodeURIComponent(request.id)}`}>{when(request.createdAt)}</a> · {request.stage}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="mt-4 flex flex-wrap gap-3">
              <a className="btn-secondary" href="/api/me/export" download>{t('export')}</a>
              <button type="button" className="btn-secondary" onClick={erase}>{t('erase')}</button>
              <button type="button" className="btn-secondary" onClick={signOut}>{t('signOut')}</button>
            </p>
          </>
        ) : account === null ? (
          <>
            <p data-testid="sign-in-required">{t('signInRequired')}</p>
            {linkSent ? (
              <p role="status" className="mt-3 font-semibold">{t('linkSent')}</p>
            ) : (
              <form className="mt-3 flex flex-wrap items-end gap-3" onSubmit={sendLink}>
                <div>
                  <label htmlFor="sign-in-email" className="mb-1 block font-semibold">{order('email')}</label>
                  <input id="sign-in-email" type="email" autoComplete="email" required className="field" value={email} onChange={(e) => setEmail(e.target.value)} />
                </div>
                <button className="btn" type="submit">{t('sendLink')}</button>
              </form>
            )}
          </>
        ) : null}
      </section>
    </div>
  );
}
