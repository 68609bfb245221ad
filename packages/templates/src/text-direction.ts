const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** The writing direction of a locale's language: `rtl` for Arabic, Hebrew, Persian and Urdu. */
export function defaultDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.slice(0, 2).toLowerCase()) ? 'rtl' : 'ltr';
}
