import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

// A static export: every page is HTML built once, served by the API process (apps/api/src/routes/web-app.ts)
// at the same origin as /api/*. No Node server for the web app, no per-request rendering.
const config: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  // @statex/templates is TypeScript source with explicit .ts imports (Node type stripping).
  transpilePackages: ['@statex/templates'],
  poweredByHeader: false,
  // `npm run typecheck` checks apps/web; skipping it here halves a first start's build on 2 cores.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default withNextIntl(config);
