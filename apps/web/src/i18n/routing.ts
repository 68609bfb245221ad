import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Locales written right to left. */
export const RTL_LOCALES: ReadonlySet<Locale> = new Set(['ar']);

export const routing = defineRouting({ locales: LOCALES, defaultLocale: 'en', localePrefix: 'always' });

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (RTL_LOCALES.has(locale) ? 'rtl' : 'ltr');

/** Each locale's name in its own language, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English', de: 'Deutsch', fr: 'Français', it: 'Italiano', es: 'Español', nl: 'Nederlands', cs: 'Čeština', pl: 'Polski', ru: 'Русский', ar: 'العربية',
};
