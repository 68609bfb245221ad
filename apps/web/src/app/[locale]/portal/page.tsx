import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PortalView } from '../../../components/portal-view';
import { MESSAGES } from '../../../i18n/messages';
import type { Locale } from '../../../i18n/routing';
import { pageMetadata } from '../page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '/portal', 'portalTitle', { index: false });

export default async function PortalPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Portal' });
  return (
    <div className="container max-w-4xl py-10">
      <h1 className="mb-6 text-3xl font-bold">{t('heading')}</h1>
      <NextIntlClientProvider messages={{ Portal: MESSAGES[locale].Portal, Order: MESSAGES[locale].Order }}>
        <PortalView />
      </NextIntlClientProvider>
    </div>
  );
}
