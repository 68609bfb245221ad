import type { MetadataRoute } from 'next';
import { SITE_ORIGIN } from '../site-origin';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/p/', '/*/status', '/*/portal', '/*/admin', '/*/variants/'] }, sitemap: `${SITE_ORIGIN}/sitemap.xml` };
}
