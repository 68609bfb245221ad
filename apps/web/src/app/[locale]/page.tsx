import type { Metadata } from 'next';
import type { Locale } from '../../i18n/routing';
import { HomePage } from '../../marketing/home-page';
import { pageMetadata } from './page-metadata';

export const generateMetadata = async ({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> => pageMetadata((await params).locale, '', 'title');

/** Variant A of the home page; the server sends variant B's file to visitors assigned B (same URL). */
export default async function Home({ params }: { params: Promise<{ locale: Locale }> }) {
  return <HomePage locale={(await params).locale} variant="a" />;
}
