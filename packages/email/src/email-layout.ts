import { EMAIL_MESSAGES, textDirection, translator, type Translator, type EmailMessageKey } from '@statex/i18n';
import { html, type SafeHtml } from '@statex/templates';

/** A piece of an email's body; each is written once and rendered both as HTML and as plain text. */
export type EmailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'list'; title: string; items: { label: string; text: string; note?: string }[] };

export interface EmailDraft {
  subject: string;
  /** The line mail clients show next to the subject. */
  preview: string;
  blocks: EmailBlock[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Who the email is for and in which language, plus the links every email carries. */
export interface Recipient {
  locale: string;
  /** The contact's own name for the greeting (never shown on the public site). */
  name?: string | null;
  /** The customer's business, when the terms know it. */
  business?: string | null;
  /** The web status page of the request; absent before the request exists for the customer (confirmation). */
  statusUrl?: string;
  /** Whether the one modification may still be asked for (the status-page hint offers it only then). */
  modificationAvailable?: boolean;
}

export type EmailTranslator = Translator<EmailMessageKey>;

export function emailTranslator(locale: string): EmailTranslator {
  return translator(EMAIL_MESSAGES, locale);
}

/**
 * Customer text (a business or file name, a URL) inside a sentence: in a right-to-left email it is
 * isolated (FSI … PDI), so a Latin name or a trailing full stop does not scramble the Arabic line.
 */
export function isolate(locale: string, value: string): string {
  return textDirection(locale) === 'rtl' ? `\u2068${value}\u2069` : value;
}

/** The values every message about the business takes (`hasBusiness`, `business`). */
export function businessValues(recipient: Recipient): { hasBusiness: 'yes' | 'no'; business: string } {
  const name = recipient.business?.trim();
  return name ? { hasBusiness: 'yes', business: isolate(recipient.locale, name) } : { hasBusiness: 'no', business: '' };
}

/** A date and time as the customer's locale writes it, in UTC (said so), e.g. "16. Dezember 2026 um 14:00 UTC". */
export function formatWhen(locale: string, at: Date): string {
  const formatted = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(at);
  return isolate(locale, formatted);
}

const COLORS = { page: '#f4f4f5', card: '#ffffff', text: '#18181b', muted: '#52525b', accent: '#1d4ed8', border: '#e4e4e7' };
const FONT = "-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,'Noto Sans Arabic',Tahoma,sans-serif";

function blockHtml(block: EmailBlock, dir: 'ltr' | 'rtl'): SafeHtml {
  const align = dir === 'rtl' ? 'right' : 'left';
  switch (block.kind) {
    case 'heading':
      return html`<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${COLORS.text};text-align:${align}">${block.text}</h1>`;
    case 'paragraph':
      return html`<p style="margin:0 0 16px;font-size:16px;line-height:1.6;color:${COLORS.text};text-align:${align}">${block.text}</p>`;
    case 'button':
      return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 20px"><tr><td style="border-radius:8px;background:${COLORS.accent}"><a href="${block.url}" style="display:inline-block;padding:12px 22px;font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:8px">${block.label}</a></td></tr></table>`;
    case 'list':
      return html`<h2 style="margin:20px 0 8px;font-size:17px;color:${COLORS.text};text-align:${align}">${block.title}</h2><ul style="margin:0 0 16px;padding-${dir === 'rtl' ? 'right' : 'left'}:20px;font-size:15px;line-height:1.6;color:${COLORS.text}">${block.items.map(
        (item) => html`<li style="margin:0 0 6px"><strong dir="ltr">${item.label}</strong> ${item.text}${item.note ? html`<br><span style="color:${COLORS.muted}">${item.note}</span>` : ''}</li>`,
      )}</ul>`;
  }
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'button':
      return `${block.label}:\n${block.url}`;
    case 'list':
      return [block.title, ...block.items.map((item) => `- ${item.label} ${item.text}${item.note ? `\n  (${item.note})` : ''}`)].join('\n');
  }
}

/**
 * Renders a draft as a whole email: HTML (tables and inline styles, which every mail client keeps)
 * and the plain-text alternative with the same content, both in the recipient's language and
 * direction, with the greeting, the status-page link, the signature and the footer around it.
 */
export function renderEmail(recipient: Recipient, draft: EmailDraft): RenderedEmail {
  const t = emailTranslator(recipient.locale);
  const locale = t.locale;
  const dir = textDirection(locale);
  const name = recipient.name?.trim();
  const greeting = name ? t('greetingNamed', { name: isolate(locale, name) }) : t('greeting');
  // The heading comes first, the greeting right under it.
  const first = draft.blocks[0];
  const heading = first?.kind === 'heading' ? [first] : [];
  const rest = draft.blocks.slice(heading.length);
  const body: EmailBlock[] = [
    ...heading,
    { kind: 'paragraph', text: greeting },
    ...rest,
    ...(recipient.statusUrl
      ? [
          { kind: 'paragraph' as const, text: t(recipient.modificationAvailable === false ? 'statusHintDone' : 'statusHint') },
          { kind: 'button' as const, label: t('statusButton'), url: recipient.statusUrl },
        ]
      : []),
  ];
  const buttons = body.filter((b): b is Extract<EmailBlock, { kind: 'button' }> => b.kind === 'button');
  const align = dir === 'rtl' ? 'right' : 'left';
  const markup = html`<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${draft.subject}</title>
</head>
<body style="margin:0;padding:0;background:${COLORS.page}">
<div style="display:none;max-height:0;overflow:hidden">${draft.preview}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${COLORS.page}" dir="${dir}">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:${COLORS.card};border:1px solid ${COLORS.border};border-radius:12px;font-family:${FONT}">
<tr><td style="padding:20px 28px 0;font-size:15px;font-weight:700;letter-spacing:.04em;color:${COLORS.accent};text-align:${align}">${t('brand')}</td></tr>
<tr><td style="padding:16px 28px 8px">
${body.map((block) => blockHtml(block, dir))}
<p style="margin:8px 0 0;font-size:13px;line-height:1.5;color:${COLORS.muted};text-align:${align}">${t('linkFallback')}</p>
${buttons.map((b) => html`<p style="margin:4px 0 0;font-size:13px;line-height:1.5;word-break:break-all;text-align:left" dir="ltr"><a href="${b.url}" style="color:${COLORS.accent}">${b.url}</a></p>`)}
<p style="margin:24px 0 0;font-size:16px;line-height:1.6;color:${COLORS.text};text-align:${align}">${t('signature')}</p>
</td></tr>
<tr><td style="padding:16px 28px 24px;border-top:1px solid ${COLORS.border};font-size:12px;line-height:1.5;color:${COLORS.muted};text-align:${align}">${t('footer')}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value;
  const text = [...body.map(blockText), `-- \n${t('signature')}`, t('footer')].join('\n\n');
  return { subject: draft.subject, html: markup, text: `${text}\n` };
}
