import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionError, ExtractionRejected, isInputFailure } from './extraction-error.ts';
import { createExtractionSandbox, type ExtractionSandbox } from './extraction-sandbox.ts';
import { extractText } from './extract-text.ts';
import { hostileCorpus, hugeXmlDocx, nestedFormXObjectsPdf, type HostileFile } from './testing/hostile-files.ts';
import { docxWithParagraphs, pdfWithPages } from './testing/sample-files.ts';

let dir: string;
let corpus: HostileFile[];
const sandboxes: ExtractionSandbox[] = [];
const sandbox = (limits: Parameters<typeof createExtractionSandbox>[0] = {}) => {
  const created = createExtractionSandbox(limits);
  sandboxes.push(created);
  return created;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statex-sandbox-'));
  corpus = await hostileCorpus();
});
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

async function saved(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, bytes);
  return path;
}

async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    const result = (await promise) as { truncated: boolean };
    return result.truncated ? 'truncated' : 'read';
  } catch (error) {
    if (error instanceof ExtractionRejected) return `rejected:${error.limit}`;
    if (error instanceof ExtractionError) return `failed:${error.failure}`;
    throw error;
  }
}

describe('extraction sandbox: ordinary files', () => {
  it('gives the same text as extracting in-process, and reuses its thread', async () => {
    const s = sandbox();
    const pdf = await saved('plan.pdf', await pdfWithPages([['We sell handmade candles.'], ['Launch is in March.']]));
    const docx = await saved('brief.docx', await docxWithParagraphs(['A shop for candles.', 'Delivery across Europe.']));
    expect(await s.extract(pdf, 'pdf', { name: 'plan.pdf' })).toEqual(await extractText(pdf, 'pdf'));
    expect(await s.extract(docx, 'docx')).toEqual(await extractText(docx, 'docx'));
    expect(await s.extract(docx, 'png')).toEqual({ text: null, truncated: false });
    expect(s.stats()).toMatchObject({ completed: 2, killed: 0, running: 0 });
  });

  it('caps the output and the pages read', async () => {
    const s = sandbox({ maxChars: 40, maxPdfPages: 1 });
    const txt = await saved('long.txt', 'word '.repeat(1000));
    const capped = await s.extract(txt, 'txt');
    expect(capped.truncated).toBe(true);
    expect(capped.text?.length).toBeLessThanOrEqual(40);
    const pdf = await saved('two.pdf', await pdfWithPages([['First page only.'], ['Never read.']]));
    expect(await s.extract(pdf, 'pdf')).toEqual({ text: 'First page only.', pages: 2, truncated: true });
  });
});

describe('extraction sandbox: hostile corpus', () => {
  // What each file must come to (the huge ones are refused before inflating).
  const expected: Record<string, string> = {
    'menu.pdf': 'rejected:time|rejected:memory',
    'catalogue.pdf': 'truncated',
    'pages-cycle.pdf': 'failed:pdf-damaged',
    'xref-loop.pdf': 'read|failed:pdf-damaged',
    'cut-short.pdf': 'failed:pdf-damaged',
    'nested.docx': 'rejected:xml-depth',
    'huge.docx': 'rejected:zip-size',
    'huge-lying.docx': 'failed:docx-damaged|rejected:zip-size',
    'zeros.docx': 'rejected:zip-ratio',
    'many-entries.docx': 'rejected:zip-entries',
    'cut-short.docx': 'failed:docx-damaged',
  };

  it('covers every file of the corpus', () => {
    expect(corpus.map((f) => f.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it('refuses or survives each one, and reads an ordinary file right after', async () => {
    // 50 pages: the page-tree bomb is cut by the page limit, well inside the time limit even on a busy machine.
    const s = sandbox({ timeoutMs: 3_000, maxPdfPages: 50 });
    const ordinary = await saved('ok.pdf', await pdfWithPages([['Still readable.']]));
    for (const file of corpus) {
      const outcome = await outcomeOf(s.extract(await saved(file.name, file.bytes), file.kind, { name: file.name }));
      expect(expected[file.name]?.split('|'), `${file.name}: ${file.what}`).toContain(outcome);
      expect((await s.extract(ordinary, 'pdf')).text).toBe('Still readable.');
    }
  });

  it('kills a thread past the heap limit and says so', async () => {
    // The archive checks lifted, so the parser itself meets 40 MB of XML with a 32 MB heap.
    const s = sandbox({ memoryMb: 32, timeoutMs: 60_000, maxZipBytes: 1e10, maxZipRatio: 1e6 });
    const path = await saved('menu.docx', await hugeXmlDocx(40));
    const error = await s.extract(path, 'docx', { name: 'menu.docx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionRejected);
    expect((error as ExtractionRejected).limit).toBe('memory');
    expect((error as ExtractionRejected).message).toBe(
      'Could not read text from "menu.docx": it is too complex to read safely. Send a simpler export (for example a PDF of fewer pages, or the text itself).',
    );
    expect(isInputFailure(error)).toBe(true);
    expect(s.stats().killed).toBe(1);
  });

  it('keeps the calling event loop free while a file runs to its time limit', async () => {
    const s = sandbox({ timeoutMs: 1_500 });
    const path = await saved('menu.pdf', nestedFormXObjectsPdf());
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const outcome = await outcomeOf(s.extract(path, 'pdf'));
    delay.disable();
    expect(outcome).toBe('rejected:time');
    // A parser on this thread would have blocked it for the whole 1.5 s.
    expect(delay.max / 1e6).toBeLessThan(500);
  });

  it('starts the clock when a thread takes the file: one queued behind a hostile file is read', async () => {
    const s = sandbox({ threads: 1, timeoutMs: 1_500 });
    const hostile = await saved('menu.pdf', nestedFormXObjectsPdf());
    const ordinary = await saved('ok.docx', await docxWithParagraphs(['Queued behind a bomb.']));
    const [first, second] = await Promise.all([outcomeOf(s.extract(hostile, 'pdf')), s.extract(ordinary, 'docx')]);
    expect(first).toBe('rejected:time');
    expect(second.text).toBe('Queued behind a bomb.');
  });
});
