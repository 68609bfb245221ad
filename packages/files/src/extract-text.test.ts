import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError, extractText, MAX_EXTRACTED_CHARS } from './index.ts';
import { docxWithParagraphs, passwordProtectedPdf, pdfWithPages, tinyPng, wavTone } from './testing/sample-files.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statex-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function saved(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function failureOf(promise: Promise<unknown>): Promise<ExtractionError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected an ExtractionError');
}

describe('extractText: PDF', () => {
  it('returns the exact sentences of every page and the page count', async () => {
    const pdf = await pdfWithPages([
      ['We sell handmade candles.', 'The site needs a shop.'],
      ['Launch is planned for March.'],
    ]);
    const result = await extractText(await saved('brief.pdf', pdf), 'pdf');
    expect(result).toEqual({
      text: 'We sell handmade candles.\nThe site needs a shop.\n\nLaunch is planned for March.',
      pages: 2,
      truncated: false,
    });
  });

  it('keeps the break between lines of one page (pdf.js hasEOL), so short lines do not run into the next', async () => {
    const pdf = await pdfWithPages([['Menu and prices', 'We also need an online gallery of our cakes.', 'Opening hours']]);
    const result = await extractText(await saved('menu.pdf', pdf), 'pdf');
    expect(result.text).toBe('Menu and prices\nWe also need an online gallery of our cakes.\nOpening hours');
  });

  it('throws an ExtractionError naming the file when the PDF is truncated', async () => {
    const pdf = await pdfWithPages([['This PDF will be cut short.']]);
    const path = await saved('upload-7f3a', pdf.subarray(0, Math.floor(pdf.byteLength / 2)));
    const error = await failureOf(extractText(path, 'pdf', { name: 'Quarterly plan.pdf' }));
    expect(error.failure).toBe('pdf-damaged');
    expect(error.message).toBe(
      'Could not read text from "Quarterly plan.pdf": the PDF is damaged or incomplete. Export or download it again and upload the new copy.',
    );
    expect(error.fileName).toBe('Quarterly plan.pdf');
  });

  it('says so when the PDF is password-protected', async () => {
    const error = await failureOf(extractText(await saved('secret.pdf', passwordProtectedPdf('hunter2')), 'pdf'));
    expect(error.failure).toBe('pdf-password-protected');
    expect(error.message).toBe(
      'Could not read text from "secret.pdf": the PDF is password-protected. Save a copy without the password and upload that.',
    );
  });

  it('fails on something that only starts like a PDF', async () => {
    const error = await failureOf(extractText(await saved('fake.pdf', '%PDF-1.7\nnot really\n'), 'pdf'));
    expect(error.failure).toBe('pdf-damaged');
    expect(error.message).toContain('"fake.pdf"');
  });
});

describe('extractText: Word', () => {
  it('returns the paragraphs of a .docx, separated by blank lines', async () => {
    const docx = await docxWithParagraphs(['Statex brief', 'We need   a booking page & a blog.', 'Budget: 5 000 €.']);
    expect(await extractText(await saved('brief.docx', docx), 'docx')).toEqual({
      text: 'Statex brief\n\nWe need a booking page & a blog.\n\nBudget: 5 000 €.',
      truncated: false,
    });
  });

  it('throws an ExtractionError for a damaged .docx', async () => {
    const docx = await docxWithParagraphs(['Cut short.']);
    const error = await failureOf(extractText(await saved('broken.docx', docx.subarray(0, 100)), 'docx'));
    expect(error.failure).toBe('docx-damaged');
    expect(error.message).toBe(
      'Could not read text from "broken.docx": the Word document is damaged or is not a valid .docx. Save it again from Word and upload the new copy.',
    );
  });

  it('throws an ExtractionError for a ZIP without a Word document inside', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const error = await failureOf(extractText(await saved('hollow.docx', await zip.generateAsync({ type: 'uint8array' })), 'docx'));
    expect(error.failure).toBe('docx-damaged');
  });

  it('recognises a password-protected or legacy Word file (an OLE compound file)', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failureOf(extractText(await saved('locked.docx', cfb), 'docx'));
    expect(error.failure).toBe('docx-protected-or-legacy');
    expect(error.message).toContain('"locked.docx": the document is password-protected or in the old .doc format');
  });
});

describe('extractText: text and Markdown', () => {
  it('decodes UTF-8 with a BOM and normalises whitespace, keeping paragraphs', async () => {
    const raw = '\ufeffTitle   of\tthe brief  \r\n\r\n\r\n\r\nFirst  paragraph,\u00a0one line.\r\nSecond line.\f\fNext page.\n\n';
    expect(await extractText(await saved('a.txt', raw), 'txt')).toEqual({
      text: 'Title of the brief\n\nFirst paragraph, one line.\nSecond line.\n\nNext page.',
      truncated: false,
    });
  });

  it('decodes UTF-16 in both byte orders', async () => {
    const text = 'Grüße aus Köln.\nمرحبا بالعالم.';
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect((await extractText(await saved('le.txt', le), 'txt')).text).toBe(text);
    expect((await extractText(await saved('be.md', be), 'md')).text).toBe(text);
  });

  it('keeps Markdown indentation', async () => {
    const md = '# Pages\n\n- Shop\n  - Cart   and checkout\n\n```\n  code\n```\n';
    expect((await extractText(await saved('pages.md', md), 'md')).text).toBe('# Pages\n\n- Shop\n  - Cart and checkout\n\n```\n  code\n```');
  });

  it(`caps text at ${MAX_EXTRACTED_CHARS} characters and says it was truncated`, async () => {
    const line = 'Ten words of brief text repeated many times over here.\n';
    const path = await saved('long.txt', line.repeat(Math.ceil((MAX_EXTRACTED_CHARS * 1.5) / line.length)));
    const result = await extractText(path, 'txt');
    expect(result.truncated).toBe(true);
    expect(result.text).toHaveLength(MAX_EXTRACTED_CHARS);
    expect(result.text.startsWith(line)).toBe(true);

    const short = await extractText(await saved('short.txt', line.repeat(10)), 'txt');
    expect(short.truncated).toBe(false);
  });

  it('throws an ExtractionError for text that is not UTF-8', async () => {
    const error = await failureOf(extractText(await saved('latin1.txt', Buffer.from('Café crème', 'latin1')), 'txt'));
    expect(error.failure).toBe('text-encoding');
    expect(error.message).toContain('Could not read text from "latin1.txt": the text is not in UTF-8');
  });
});

describe('extractText: images and audio', () => {
  it('returns no text for them', async () => {
    expect(await extractText(await saved('p.png', tinyPng()), 'png')).toEqual({ text: null, truncated: false });
    expect(await extractText(await saved('v.wav', wavTone()), 'audio')).toEqual({ text: null, truncated: false });
  });
});
