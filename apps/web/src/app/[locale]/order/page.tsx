import { MAX_FILES, MAX_UPLOAD_BYTES } from '@statex/core';
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OrderForm } from '../../../components/order-form';
import { MESSAGES } from '../../../i18n/messages';
import type { Locale } from '../../../i18n/routing';
import { pageMetadata } from '../page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '/order', 'orderTitle');

export default async function OrderPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Order' });
  return (
    <div className="container max-w-3xl py-10">
      <h1 className="mb-2 text-3xl font-bold">{t('heading')}</h1>
      <p className="mb-6 text-muted">{t('intro')}</p>
      {/* Limits come from @statex/core at build time: the same numbers the API enforces. */}
      <NextIntlClientProvider messages={{ Order: MESSAGES[locale].Order }}>
        <OrderForm limits={{ maxFiles: MAX_FILES, maxBytes: MAX_UPLOAD_BYTES }} />
      </NextIntlClientProvider>
    </div>
  );
}
