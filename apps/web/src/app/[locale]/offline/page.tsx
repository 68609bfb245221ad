import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '../../../i18n/routing';
import { pageMetadata } from '../page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '/offline', 'offlineTitle', { index: false });

/** Shown by the service worker when a page cannot be loaded. */
export default async function OfflinePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Offline' });
  return (
    <div className="container max-w-2xl py-16">
      <h1 className="mb-4 text-3xl font-bold">{t('heading')}</h1>
      <p>{t('text')}</p>
    </div>
  );
}
