import Type from 'typebox';

/**
 * Links inside a prototype stay inside it: another page (`contact.html`), an anchor on the same
 * page (`#pricing`) or an anchor on another page (`contact.html#form`). Being relative, they work
 * both at a site root and under a path prefix; a scheme (`http:`, `javascript:`) or a host
 * (`//example.com`) can never match.
 */
const NAME = '[a-z][a-z0-9-]{0,62}';
export const RELATIVE_HREF_PATTERN = `^(#${NAME}|${NAME}\\.html(#${NAME})?)$`;
const RELATIVE_HREF = new RegExp(RELATIVE_HREF_PATTERN);

export const RelativeHrefSchema = Type.String({ pattern: RELATIVE_HREF_PATTERN, maxLength: 200 });

export const LinkSchema = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 80 }), href: RelativeHrefSchema },
  { additionalProperties: false },
);
export type Link = Type.Static<typeof LinkSchema>;

export interface LinkTarget {
  /** Page slug, or `undefined` for an anchor on the current page. */
  page: string | undefined;
  anchor: string | undefined;
}

/** Splits a relative href into its page slug and anchor; `undefined` if it is not one. */
export function parseRelativeHref(href: string): LinkTarget | undefined {
  if (!RELATIVE_HREF.test(href)) return undefined;
  const [file = '', anchor] = href.split('#');
  return { page: file === '' ? undefined : file.slice(0, -'.html'.length), anchor };
}

/** The file a page is emitted as. */
export function pageFileName(slug: string): string {
  return `${slug}.html`;
}
