'use client';

import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES } from '../i18n/routing';

/** Switches language on the same page, keeping its query and fragment (the status page's id and token). */
export function LocaleSwitcher() {
  const locale = useLocale();
  const t = useTranslations('Nav');
  return (
    <label className="flex items-center gap-2">
      <span>{t('language')}</span>
      <select
        className="field !w-auto !py-1"
        value={locale}
        onChange={(event) => {
          const { pathname, search, hash } = window.location;
          const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
          window.location.assign(`/${event.target.value}${rest}${search}${hash}`);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>
        ))}
      </select>
    </label>
  );
}
