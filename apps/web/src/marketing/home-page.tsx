import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AbExposure } from '../components/ab-exposure';
import { MESSAGES } from '../i18n/messages';
import type { Locale } from '../i18n/routing';
import { SITE_ORIGIN } from '../site-origin';
import { renderHome, type HomeVariant } from './home-templates';

/** The home page of one variant: the templates' sections rendered at build time, no client code but the exposure beacon. */
export async function HomePage({ locale, variant }: { locale: Locale; variant: HomeVariant }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Meta' });
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: 'Statex',
    url: `${SITE_ORIGIN}/${locale}`,
    description: t('description'),
    makesOffer: { '@type': 'Offer', itemOffered: { '@type': 'Service', name: t('title') }, price: '0', priceCurrency: 'EUR' },
  };
  return (
    <>
      <div dangerouslySetInnerHTML={{ __html: renderHome(variant, MESSAGES[locale].Home, locale) }} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <AbExposure />
    </>
  );
}
