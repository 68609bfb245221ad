import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusView } from '../../../components/status-view';
import { MESSAGES } from '../../../i18n/messages';
import type { Locale } from '../../../i18n/routing';
import { pageMetadata } from '../page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '/status', 'statusTitle', { index: false });

/** One static page for every request: the id is in the query, the access token in the fragment. */
export default async function StatusPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Status' });
  return (
    <div className="container max-w-4xl py-10">
      <h1 className="mb-6 text-3xl font-bold">{t('heading')}</h1>
      <NextIntlClientProvider messages={{ Status: MESSAGES[locale].Status }}>
        <StatusView />
      </NextIntlClientProvider>
    </div>
  );
}
