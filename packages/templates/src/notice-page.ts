import { PAGE_MESSAGES, resolveLocale, textDirection, translator, type PageMessageKey } from '@statex/i18n';
import { NOTICE_PAGE_CSP, policyForMetaTag } from './content-security-policy.ts';
import { html, trustedHtml } from './safe-html.ts';
import type { ThemeName } from './template-spec.ts';
import { themeCss } from './themes.ts';

export interface NoticePageInput {
  title: string;
  message: string;
  locale?: string;
  theme?: ThemeName;
}

const NOTICE_CSS = `
*{box-sizing:border-box}
body{margin:0;min-block-size:100vh;display:grid;place-items:center;padding:1.5rem;background:linear-gradient(160deg,var(--surface),var(--bg));color:var(--text);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Noto Sans Arabic",Tahoma,sans-serif;line-height:1.6}
main{inline-size:min(100%,34rem);padding:clamp(1.75rem,5vw,2.75rem);border:1px solid var(--border);border-radius:1.25rem;background:var(--card);box-shadow:0 24px 48px -28px var(--shadow)}
main::before{content:"";display:block;inline-size:2.75rem;block-size:.3rem;margin-block-end:1.25rem;border-radius:1rem;background:var(--highlight)}
h1{margin:0;font-size:clamp(1.5rem,1.2rem + 1.2vw,2rem);line-height:1.2;letter-spacing:-.02em}
p{margin:.9rem 0 0;color:var(--muted);font-size:1.075rem}
`;

/**
 * A standalone page for the hosting server's own answers ("This prototype has expired", "Not
 * found"). Its styles are inline, so serve it with NOTICE_PAGE_CSP, not PROTOTYPE_CSP.
 */
export function renderNoticePage(input: NoticePageInput): string {
  const locale = resolveLocale(input.locale);
  const style = trustedHtml(themeCss(input.theme ?? 'light') + NOTICE_CSS.trimStart());
  return html`<!doctype html>
<html lang="${locale}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policyForMetaTag(NOTICE_PAGE_CSP)}">
<meta name="robots" content="noindex, nofollow">
<title>${input.title}</title>
<style>
${style}</style>
</head>
<body>
<main>
<h1>${input.title}</h1>
<p>${input.message}</p>
</main>
</body>
</html>
`.value;
}

/** The prototype host's own answers, each with its status code. */
export const HOST_NOTICES = {
  'not-found': { status: 404, title: 'notFoundTitle', message: 'notFoundMessage' },
  expired: { status: 410, title: 'expiredTitle', message: 'expiredMessage' },
  'not-ready': { status: 404, title: 'notReadyTitle', message: 'notReadyMessage' },
  'page-missing': { status: 404, title: 'pageMissingTitle', message: 'pageMissingMessage' },
  error: { status: 500, title: 'errorTitle', message: 'errorMessage' },
} as const satisfies Record<string, { status: number; title: PageMessageKey; message: PageMessageKey }>;

export type HostNotice = keyof typeof HOST_NOTICES;

/**
 * One of the host's notice pages in the request's language and direction (English when the
 * request, and so its locale, is unknown), with the status code to send it with.
 */
export function renderHostNotice(notice: HostNotice, locale?: string | null, theme?: ThemeName): { status: number; html: string } {
  const entry = HOST_NOTICES[notice];
  const t = translator(PAGE_MESSAGES, locale ?? 'en');
  return { status: entry.status, html: renderNoticePage({ title: t(entry.title), message: t(entry.message), locale: t.locale, ...(theme ? { theme } : {}) }) };
}
