import type { Metadata } from 'next';
import type { Locale } from '../../../../i18n/routing';
import { HomePage } from '../../../../marketing/home-page';
import { pageMetadata } from '../../page-metadata';

// Served at /<locale> to visitors assigned variant B; its canonical URL is the home page's.
export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '', 'title');

export default async function HomeVariantB({ params }: { params: Promise<{ locale: Locale }> }) {
  return <HomePage locale={(await params).locale} variant="b" />;
}
