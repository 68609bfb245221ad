import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminView } from '../../../components/admin-view';
import { MESSAGES } from '../../../i18n/messages';
import type { Locale } from '../../../i18n/routing';
import { pageMetadata } from '../page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '/admin', 'adminTitle', { index: false });

export default async function AdminPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <div className="container max-w-4xl py-10">
      <h1 className="mb-6 text-3xl font-bold">{t('heading')}</h1>
      <NextIntlClientProvider messages={{ Admin: MESSAGES[locale].Admin }}>
        <AdminView />
      </NextIntlClientProvider>
    </div>
  );
}
