'use client';

import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/routing';

/**
 * Switches language on the same page, keeping its query and fragment (the status page's id and token).
 * Labels come as props, so pages without other translated client code ship no i18n runtime.
 */
export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  return (
    <label className="flex items-center gap-2">
      <span>{label}</span>
      <select
        data-locale-switch
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
