import { siteMessages, translator, type SiteMessageKey, type Translator } from '@statex/i18n';

/** The prototype's own words (navigation, headings, buttons, notices) in the site's locale. */
export type SiteText = Translator<SiteMessageKey>;

export function siteText(locale: string): SiteText {
  return translator(siteMessages, locale);
}
