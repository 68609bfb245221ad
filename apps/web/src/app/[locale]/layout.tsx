import type { Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LocaleSwitcher } from '../../components/locale-switcher';
import { ServiceWorker } from '../../components/service-worker';
import { ThemeSelect } from '../../components/theme-select';
import { directionOf, LOCALES, routing } from '../../i18n/routing';
import { MESSAGES } from '../../i18n/messages';
import { siteStyles } from '../../marketing/theme-styles';
import '../globals.css';

export const dynamicParams = false;
export const generateStaticParams = () => LOCALES.map((locale) => ({ locale }));
export const viewport: Viewport = { themeColor: '#1d4ed8', width: 'device-width', initialScale: 1 };

// Runs before paint so a chosen theme never flashes the default one.
const THEME_BOOT = "try{var t=localStorage.getItem('statex.theme');if(t)document.documentElement.dataset.theme=t}catch(e){}";
const STYLES = siteStyles();

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const footer = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <html lang={locale} dir={directionOf(locale)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT }} />
        <style dangerouslySetInnerHTML={{ __html: STYLES }} />
      </head>
      <body>
        <a className="skip-link" href="#main">{t('skip')}</a>
          <header className="site-header">
            <div className="container header-inner">
              <a className="brand" href={`/${locale}`}>Statex</a>
              <nav className="site-nav" aria-label={t('main')}>
                <ul>
                  <li><a href={`/${locale}/order`}>{t('order')}</a></li>
                  <li><a href={`/${locale}/portal`}>{t('portal')}</a></li>
                </ul>
              </nav>
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <LocaleSwitcher locale={locale} label={t('language')} />
                <ThemeSelect label={t('theme')} names={MESSAGES[locale].Nav.themes} />
              </div>
            </div>
          </header>
          <main id="main" tabIndex={-1}>{children}</main>
          <footer className="site-footer">
            <div className="container">
              <p>{footer('note')}</p>
              <p><a href="/docs">{footer('api')}</a> · <a href={`/${locale}/admin`}>{t('admin')}</a></p>
            </div>
          </footer>
          <ServiceWorker />
      </body>
    </html>
  );
}
