/**
 * Markup is built with the `html` tagged template: every interpolated value is HTML-escaped unless
 * it is already `SafeHtml` (the result of another `html` call). Customer text therefore cannot
 * reach the page unescaped by accident; only code that deliberately produces markup can.
 */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPABLE = /[&<>"']/g;

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPABLE, (c) => ESCAPES[c] ?? c);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function toMarkup(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  // `false`, `null` and `undefined` render as nothing, so `${cond && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += toMarkup(values[i] as Interpolation) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks markup produced elsewhere (a section renderer, a constant) as trusted. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
