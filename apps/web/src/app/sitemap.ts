import type { MetadataRoute } from 'next';
import { LOCALES } from '../i18n/routing';
import { SITE_ORIGIN } from '../site-origin';

export const dynamic = 'force-static';

/** The indexable pages in every locale, each listing its translations. */
export default function sitemap(): MetadataRoute.Sitemap {
  return ['', '/order'].flatMap((path) =>
    LOCALES.map((locale) => ({
      url: `${SITE_ORIGIN}/${locale}${path}`,
      changeFrequency: 'weekly' as const,
      priority: path === '' ? 1 : 0.8,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${SITE_ORIGIN}/${l}${path}`])) },
    })),
  );
}
