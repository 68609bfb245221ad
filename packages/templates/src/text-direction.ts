import { textDirection } from '@statex/i18n';

/** The writing direction of a locale; the right-to-left set is defined once, in `@statex/i18n`. */
export function defaultDirection(locale: string): 'ltr' | 'rtl' {
  return textDirection(locale);
}
