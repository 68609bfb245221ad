import { describe, expect, it } from 'vitest';
import { NOTICE_PAGE_CSP } from './content-security-policy.ts';
import { LOCALES } from '@statex/i18n';
import { HOST_NOTICES, renderHostNotice, renderNoticePage, type HostNotice } from './notice-page.ts';

describe('renderNoticePage', () => {
  it('is a standalone page with escaped text, noindex and no resource but its inline style', () => {
    const page = renderNoticePage({ title: 'This prototype has expired', message: 'Prototypes are kept for 14 days. <Ask> for a "new" one.' });
    expect(page.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(page).toContain('<title>This prototype has expired</title>');
    expect(page).toContain('<h1>This prototype has expired</h1>');
    expect(page).toContain('<p>Prototypes are kept for 14 days. &lt;Ask&gt; for a &quot;new&quot; one.</p>');
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(|https?:\/\//);
  });

  it('follows the locale’s direction and the requested theme', () => {
    const page = renderNoticePage({ title: 'غير موجود', message: 'لم يتم العثور على الصفحة', locale: 'ar', theme: 'uae' });
    expect(page).toContain('<html lang="ar" dir="rtl">');
    expect(page).toContain('--accent:#00653a');
  });

  it('escapes a title that tries to close the style or title element', () => {
    const page = renderNoticePage({ title: '</title></style><script>x()</script>', message: 'm' });
    expect(page).not.toContain('<script>');
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('is served with a policy that allows inline style and nothing else', () => {
    expect(NOTICE_PAGE_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    expect(NOTICE_PAGE_CSP).not.toMatch(/script-src|img-src|connect-src/);
  });
});

describe('renderHostNotice', () => {
  it('answers an expired prototype with 410 in the request’s language', () => {
    const cs = renderHostNotice('expired', 'cs');
    expect(cs.status).toBe(410);
    expect(cs.html).toContain('<html lang="cs" dir="ltr">');
    expect(cs.html).toContain('<h1>Platnost tohoto prototypu vypršela</h1>');
    expect(cs.html).not.toMatch(/expired|deleted/i);
  });

  it('writes Arabic right to left and falls back to English for an unknown or missing locale', () => {
    const ar = renderHostNotice('error', 'ar');
    expect(ar.status).toBe(500);
    expect(ar.html).toContain('<html lang="ar" dir="rtl">');
    expect(ar.html).toContain('<h1>حدث خطأ</h1>');
    expect(renderHostNotice('not-found', null).html).toContain('<h1>Prototype not found</h1>');
    expect(renderHostNotice('page-missing', 'de-AT').html).toContain('<html lang="de" dir="ltr">');
  });

  it('has a page for every notice in every locale, none of them left in English', () => {
    for (const notice of Object.keys(HOST_NOTICES) as HostNotice[]) {
      const english = renderHostNotice(notice, 'en').html;
      for (const locale of LOCALES.filter((l) => l !== 'en')) expect(renderHostNotice(notice, locale).html).not.toBe(english.replace('lang="en"', `lang="${locale}"`));
    }
  });
});
