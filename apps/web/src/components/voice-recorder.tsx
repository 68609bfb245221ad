'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';

/** Records a voice note with MediaRecorder; the note can be played back, recorded again or removed. */
export function VoiceRecorder({ value, onChange }: { value: Blob | null; onChange: (note: Blob | null) => void }) {
  const t = useTranslations('Order');
  const [recording, setRecording] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const [unavailable, setUnavailable] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const started = useRef(0);

  useEffect(() => {
    if (!value) return setUrl(null);
    const objectUrl = URL.createObjectURL(value);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [value]);

  useEffect(() => {
    if (!recording) return;
    const timer = setInterval(() => setSeconds(Math.round((Date.now() - started.current) / 1000)), 250);
    return () => clearInterval(timer);
  }, [recording]);

  const start = async () => {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const chunks: Blob[] = [];
      const media = new MediaRecorder(stream);
      media.addEventListener('dataavailable', (event) => chunks.push(event.data));
      media.addEventListener('stop', () => {
        stream.getTracks().forEach((track) => track.stop());
        onChange(new Blob(chunks, { type: media.mimeType || 'audio/webm' }));
        setRecording(false);
      });
      recorder.current = media;
      started.current = Date.now();
      setSeconds(0);
      media.start();
      setRecording(true);
      setUnavailable(false);
    } catch {
      setUnavailable(true);
    }
  };

  return (
    <fieldset className="card">
      <legend className="px-1 font-semibold">{t('voice')}</legend>
      <p className="mb-3 text-sm text-muted">{t('voiceHelp')}</p>
      <div className="flex flex-wrap items-center gap-3">
        {recording ? (
          <button type="button" className="btn" onClick={() => recorder.current?.stop()}>■ {t('stop')}</button>
        ) : (
          <button type="button" className="btn-secondary" onClick={start}>● {value ? t('reRecord') : t('record')}</button>
        )}
        {value && !recording && <button type="button" className="btn-secondary" onClick={() => onChange(null)}>{t('remove')}</button>}
        <span role="status" className="text-sm">{recording ? t('recording', { seconds }) : value ? t('recorded', { seconds }) : ''}</span>
      </div>
      {url && !recording && <audio className="mt-3 w-full" controls src={url} data-testid="voice-playback" />}
      {unavailable && <p role="alert" className="mt-2 text-danger">{t('micUnavailable')}</p>}
    </fieldset>
  );
}
