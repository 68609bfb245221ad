import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '../../i18n/routing';
import { SITE_ORIGIN } from '../../site-origin';

type MetaKey = 'title' | 'orderTitle' | 'statusTitle' | 'portalTitle' | 'adminTitle' | 'offlineTitle';

/** Title, description, canonical URL and hreflang alternates of one page in every locale. */
export async function pageMetadata(locale: Locale, path: string, titleKey: MetaKey, options: { index?: boolean } = {}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Meta' });
  const url = (l: string) => `${SITE_ORIGIN}/${l}${path}`;
  const title = titleKey === 'title' ? t('title') : `${t(titleKey)} · Statex`;
  return {
    metadataBase: new URL(SITE_ORIGIN),
    title,
    description: t('description'),
    alternates: { canonical: url(locale), languages: { ...Object.fromEntries(LOCALES.map((l) => [l, url(l)])), 'x-default': url('en') } },
    openGraph: { title, description: t('description'), url: url(locale), siteName: 'Statex', locale, type: 'website' },
    robots: options.index === false ? { index: false, follow: false } : { index: true, follow: true },
    manifest: '/manifest.webmanifest',
    icons: { icon: '/icon.svg', apple: '/icon-192.png' },
  };
}
