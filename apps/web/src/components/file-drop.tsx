'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { formatSize, toMb, type FileLimits } from '../lib/file-limits';

/** Files by drag & drop or the file picker; the list shows sizes and lets each file be removed. */
export function FileDrop({ files, onChange, limits }: { files: File[]; onChange: (files: File[]) => void; limits: FileLimits }) {
  const t = useTranslations('Order');
  const inputId = useId();
  const [over, setOver] = useState(false);
  const add = (incoming: FileList | null) => {
    if (incoming) onChange([...files, ...Array.from(incoming)]);
  };
  return (
    <fieldset className="card">
      <legend className="px-1 font-semibold">{t('files')}</legend>
      <div
        data-testid="drop-zone"
        className={`rounded-xl border-2 border-dashed p-5 text-center ${over ? 'border-accent bg-accent-soft' : 'border-field-border'}`}
        onDragOver={(event) => { event.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => { event.preventDefault(); setOver(false); add(event.dataTransfer.files); }}
      >
        <p className="mb-3 text-sm" id={`${inputId}-help`}>{t('filesHelp', { maxFiles: limits.maxFiles, maxMb: toMb(limits.maxBytes) })}</p>
        <label className="btn-secondary cursor-pointer" htmlFor={inputId}>{t('choose')}</label>
        <input id={inputId} className="sr-only" type="file" multiple aria-describedby={`${inputId}-help`} onChange={(event) => { add(event.target.files); event.target.value = ''; }} />
      </div>
      {files.length > 0 && (
        <ul className="mt-3 space-y-1">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="flex items-center justify-between gap-2 text-sm">
              <span>{file.name} · {formatSize(file.size)}</span>
              <button type="button" className="btn-secondary !px-3 !py-1" aria-label={t('removeFile', { name: file.name })} onClick={() => onChange(files.filter((_, i) => i !== index))}>×</button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
