import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// A deliverable is shown inside a page that has its own <h1>: its headings move one level down, so
// the page keeps a single top-level heading (and a sound outline for screen readers).
const documentMarkdown = new Marked({
  gfm: true,
  async: false,
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 1);
  },
});

/** Deliverable Markdown → sanitised HTML (documents quote the customer's brief, so never trust them). */
export function markdownToSafeHtml(markdown: string): string {
  return DOMPurify.sanitize(documentMarkdown.parse(markdown) as string);
}
