import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Deliverable Markdown → sanitised HTML (documents quote the customer's brief, so never trust them). */
export function markdownToSafeHtml(markdown: string): string {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false, gfm: true }));
}
