import { LOCALES, type Locale } from '@statex/core';

export { LOCALES, type Locale };

/** Locales written right to left. The one place this is decided. */
export const RTL_LOCALES: ReadonlySet<string> = new Set<Locale>(['ar']);

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** `de-AT` → `de`; anything we do not speak → `en`. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(base) ? base : 'en';
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(resolveLocale(locale)) ? 'rtl' : 'ltr';
}
