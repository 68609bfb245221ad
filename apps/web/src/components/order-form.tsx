'use client';

import type { MAX_QUESTIONS } from '@statex/core';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { sendAbEvent } from '../lib/ab-client';
import { checkFiles, type FileLimits } from '../lib/file-limits';
import { saveRequest, statusHref } from '../lib/saved-requests';
import { submitBrief } from '../lib/submit-brief';
import { FileDrop } from './file-drop';
import { VoiceRecorder } from './voice-recorder';

// Checked against @statex/core by the type checker (a run-time import would bring the core barrel into the bundle).
const INTERVIEW_QUESTIONS: typeof MAX_QUESTIONS = 5;
// CLARIFY_TIMEOUT's default; the status page shows the request's own deadline.
const INTERVIEW_WAIT_MINUTES = 30;

/** "in 3 hours" in the page's language, from a Retry-After in seconds. */
function whenNext(locale: string, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (seconds < 3600) return format.format(Math.max(1, Math.ceil(seconds / 60)), 'minute');
  return format.format(Math.ceil(seconds / 3600), 'hour');
}

function Choice({ name, value, checked, onChange, label, help }: { name: string; value: string; checked: boolean; onChange: () => void; label: string; help: string }) {
  const id = `${name}-${value}`;
  return (
    <div className="flex items-start gap-3 py-1">
      <input type="radio" className="mt-1.5 size-4" id={id} name={name} value={value} checked={checked} onChange={onChange} aria-describedby={`${id}-help`} />
      <label htmlFor={id}>
        <span className="font-semibold">{label}</span>
        <span id={`${id}-help`} className="block text-sm text-muted">{help}</span>
      </label>
    </div>
  );
}

export function OrderForm({ limits }: { limits: FileLimits }) {
  const t = useTranslations('Order');
  const locale = useLocale();
  const [brief, setBrief] = useState('');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [voice, setVoice] = useState<Blob | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [privacy, setPrivacy] = useState<'standard' | 'enhanced'>('standard');
  const [compliance, setCompliance] = useState<'standard' | 'eu'>('standard');
  const [interview, setInterview] = useState(true);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fileProblem = checkFiles(files, limits, voice?.size ?? 0);
  const fileMessage = fileProblem?.kind === 'too-many' ? t('tooManyFiles', { maxFiles: fileProblem.maxFiles }) : fileProblem ? t('tooLarge', { totalMb: fileProblem.totalMb, maxMb: fileProblem.maxMb }) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (brief.trim().length < 20) return setError(t('briefTooShort'));
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setError(t('emailInvalid'));
    if (fileProblem) return setError(fileMessage);
    const form = new FormData();
    form.set('brief', brief);
    form.set('email', email);
    if (name) form.set('name', name);
    form.set('locale', locale);
    form.set('privacy', privacy);
    form.set('compliance', compliance);
    form.set('interview', interview ? 'ask' : 'skip');
    if (voice) form.set('voice', voice, `voice-note.${voice.type.includes('ogg') ? 'ogg' : 'webm'}`);
    for (const file of files) form.append('files', file, file.name);
    setProgress(0);
    try {
      const result = await submitBrief(form, setProgress);
      if (result.status === 202 && result.body?.id && result.body.token) {
        saveRequest({ id: result.body.id, token: result.body.token, sentAt: new Date().toISOString(), brief: brief.slice(0, 120) });
        sendAbEvent('conversion');
        window.location.assign(statusHref(locale, result.body.id, result.body.token));
        return;
      }
      setProgress(null);
      if (result.status === 429) setError(t('errorQuota', { when: whenNext(locale, result.retryAfter ?? 3600) }));
      else setError(t('errorGeneric', { message: result.body?.error?.message ?? String(result.status) }));
    } catch {
      setProgress(null);
      setError(t('errorNetwork'));
    }
  };

  return (
    <form className="space-y-5" onSubmit={submit} noValidate>
      <div>
        <label className="mb-1 block font-semibold" htmlFor="brief">{t('brief')}</label>
        <textarea id="brief" name="brief" className="field min-h-40" required minLength={20} maxLength={20000} value={brief} onChange={(e) => setBrief(e.target.value)} aria-describedby="brief-help" />
        <p id="brief-help" className="text-sm text-muted">{t('briefHelp')}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label className="mb-1 block font-semibold" htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" autoComplete="email" required className="field" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="email-help" />
          <p id="email-help" className="text-sm text-muted">{t('emailHelp')}</p>
        </div>
        <div>
          <label className="mb-1 block font-semibold" htmlFor="name">{t('name')}</label>
          <input id="name" name="name" autoComplete="name" className="field" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
      </div>
      <VoiceRecorder value={voice} onChange={setVoice} />
      <FileDrop files={files} onChange={setFiles} limits={limits} />
      {fileMessage && <p role="alert" className="font-semibold text-danger">{fileMessage}</p>}
      <div className="grid gap-4 sm:grid-cols-2">
        <fieldset className="card">
          <legend className="px-1 font-semibold">{t('privacy')}</legend>
          <Choice name="privacy" value="standard" checked={privacy === 'standard'} onChange={() => setPrivacy('standard')} label={t('privacyStandard')} help={t('privacyStandardHelp')} />
          <Choice name="privacy" value="enhanced" checked={privacy === 'enhanced'} onChange={() => setPrivacy('enhanced')} label={t('privacyEnhanced')} help={t('privacyEnhancedHelp')} />
        </fieldset>
        <fieldset className="card">
          <legend className="px-1 font-semibold">{t('compliance')}</legend>
          <Choice name="compliance" value="standard" checked={compliance === 'standard'} onChange={() => setCompliance('standard')} label={t('complianceStandard')} help={t('complianceStandardHelp')} />
          <Choice name="compliance" value="eu" checked={compliance === 'eu'} onChange={() => setCompliance('eu')} label={t('complianceEu')} help={t('complianceEuHelp')} />
        </fieldset>
      </div>
      <div className="flex items-start gap-3">
        <input type="checkbox" id="interview" name="interview" className="mt-1.5 size-4" checked={interview} onChange={(e) => setInterview(e.target.checked)} aria-describedby="interview-help" />
        <label htmlFor="interview">
          <span className="font-semibold">{t('interview')}</span>
          <span id="interview-help" className="block text-sm text-muted">{t('interviewHelp', { max: INTERVIEW_QUESTIONS, minutes: INTERVIEW_WAIT_MINUTES })}</span>
        </label>
      </div>
      {error && <p role="alert" className="rounded-lg border border-danger p-3 font-semibold text-danger">{error}</p>}
      {progress !== null && (
        <div>
          <progress className="w-full" max={100} value={Math.round(progress * 100)} aria-label={t('progressLabel')} />
          <p role="status" className="text-sm">{t('uploading', { percent: Math.round(progress * 100) })}</p>
        </div>
      )}
      <button type="submit" className="btn" disabled={progress !== null}>{t('submit')}</button>
    </form>
  );
}
