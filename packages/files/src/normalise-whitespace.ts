import { STRAY_CONTROLS } from './text-encoding.ts';

const SPACE_RUN = /[\p{Zs}\t]+/gu;
const INDENT = /^[ \t]*/;

/**
 * Extracted text, tidied for reading and for a model's context: line breaks unified, stray control
 * characters dropped, runs of spaces inside a line collapsed (indentation kept, for Markdown lists and
 * code), line ends trimmed, and at most one blank line between paragraphs. A form feed is a page
 * break, so it becomes a paragraph break.
 */
export function normaliseWhitespace(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(STRAY_CONTROLS, '')
    .split('\n')
    .map((line) => {
      const indent = INDENT.exec(line)![0];
      return (indent + line.slice(indent.length).replace(SPACE_RUN, ' ')).trimEnd();
    });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
