import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFileKind, type FileKindDetection } from './index.ts';
import {
  docxWithParagraphs,
  flacHeader,
  mp3Silence,
  mp4WithTracks,
  oggOpus,
  oggVorbis,
  pdfWithPages,
  plainZip,
  tinyJpeg,
  tinyPng,
  tinyWebp,
  wavTone,
  webmRecording,
} from './testing/sample-files.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statex-detect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function saved(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

function reasonOf(result: FileKindDetection): string {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return result.reason;
}

/** Deterministic bytes that no format claims. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 0x2545f491;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  out.set([0x00, 0x01, 0x02, 0x03]); // no magic number starts with these
  return out;
}

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
};

describe('detectFileKind: documents', () => {
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, { kind: string; mime: string; extension: string }][] = [
    ['pdf', () => pdfWithPages([['A brief.']]), { kind: 'pdf', mime: 'application/pdf', extension: 'pdf' }],
    ['docx', () => docxWithParagraphs(['A brief.']), { kind: 'docx', mime: docx, extension: 'docx' }],
    ['png', tinyPng, { kind: 'png', mime: 'image/png', extension: 'png' }],
    ['jpeg', tinyJpeg, { kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg' }],
    ['webp', tinyWebp, { kind: 'webp', mime: 'image/webp', extension: 'webp' }],
  ];

  it.each(cases)('accepts a real %s by its content, from a path and from bytes, whatever it is called', async (_, build, expected) => {
    const bytes = await build();
    const misleading = await saved(`${expected.kind}-named-wrongly.txt`, bytes);
    expect(await detectFileKind({ path: misleading }, 'document')).toEqual({ ok: true, ...expected });
    expect(await detectFileKind({ bytes, name: 'upload.bin' }, 'document')).toEqual({ ok: true, ...expected });
  });

  it('accepts a .docx whose [Content_Types].xml comes after its content', async () => {
    const bytes = await docxWithParagraphs(['A brief.'], { contentTypesLast: true });
    expect(await detectFileKind({ path: await saved('late-types.docx', bytes) }, 'document')).toMatchObject({ ok: true, kind: 'docx' });
  });

  it('accepts UTF-8 text as txt, with or without a byte-order mark', async () => {
    const plain = 'Our shop sells handmade candles.\nWe need a site with a catalogue and a contact form.\n';
    expect(await detectFileKind({ path: await saved('brief.txt', plain) }, 'document')).toEqual({
      ok: true,
      kind: 'txt',
      mime: 'text/plain; charset=utf-8',
      extension: 'txt',
    });
    expect(await detectFileKind({ bytes: Buffer.from(`\ufeffPříliš žluťoučký kůň. Ünïcödé ✓ 日本語`), name: 'notes' }, 'document')).toMatchObject({
      ok: true,
      kind: 'txt',
    });
  });

  it('accepts UTF-16 text with a byte-order mark, either byte order', async () => {
    const text = 'Brief in UTF-16: مرحبا, Grüße, 你好.\r\n';
    expect(await detectFileKind({ path: await saved('le.txt', utf16(text, 'le')) }, 'document')).toEqual({
      ok: true,
      kind: 'txt',
      mime: 'text/plain; charset=utf-16le',
      extension: 'txt',
    });
    expect(await detectFileKind({ bytes: utf16(text, 'be') }, 'document')).toEqual({
      ok: true,
      kind: 'txt',
      mime: 'text/plain; charset=utf-16be',
      extension: 'txt',
    });
  });

  it('calls text Markdown when it has Markdown structure, or when its name says .md', async () => {
    const structured = '# Brief\n\nSee [our old site](https://example.com).\n';
    const list = 'Pages we need:\n- Home\n- Shop\n- Contact\n';
    const prose = 'Just a sentence or two about the project.\n';
    expect(await detectFileKind({ bytes: Buffer.from(structured), name: 'brief.txt' }, 'document')).toEqual({
      ok: true,
      kind: 'md',
      mime: 'text/markdown; charset=utf-8',
      extension: 'md',
    });
    expect(await detectFileKind({ bytes: Buffer.from(list), name: 'pages.txt' }, 'document')).toMatchObject({ kind: 'md' });
    expect(await detectFileKind({ bytes: Buffer.from(prose), name: 'README.MD' }, 'document')).toMatchObject({ kind: 'md' });
    expect(await detectFileKind({ bytes: Buffer.from(prose), name: 'notes.markdown' }, 'document')).toMatchObject({ kind: 'md' });
    expect(await detectFileKind({ bytes: Buffer.from(prose), name: 'notes.txt' }, 'document')).toMatchObject({ kind: 'txt' });
  });

  it('accepts text that file-type mistakes for another format', async () => {
    // "solid " opens an ASCII STL model, "<?xml " an XML file: both are still text a customer can send.
    const stlLike = 'solid foundations matter: the site must load fast on phones.\n';
    const xml = '<?xml version="1.0"?>\n<brief><goal>Sell candles</goal></brief>\n';
    expect(await detectFileKind({ bytes: Buffer.from(stlLike) }, 'document')).toMatchObject({ ok: true, kind: 'txt' });
    expect(await detectFileKind({ bytes: Buffer.from(xml) }, 'document')).toMatchObject({ ok: true, kind: 'txt' });
  });

  it('tolerates a stray control character but rejects text full of them', async () => {
    const long = 'A normal paragraph of a brief. '.repeat(100);
    expect(await detectFileKind({ bytes: Buffer.from(`${long}\x1b[0m${long}`) }, 'document')).toMatchObject({ ok: true, kind: 'txt' });
    const garbled = Array.from({ length: 200 }, (_, i) => `word${String.fromCharCode(1 + (i % 8))}`).join(' ');
    expect(reasonOf(await detectFileKind({ bytes: Buffer.from(garbled), name: 'garbled.txt' }, 'document'))).toMatch(
      /^"garbled\.txt" is not a PDF, Word \(\.docx\), text, Markdown or image \(PNG, JPEG, WebP\) file/,
    );
  });

  it('rejects text with NUL characters', async () => {
    const result = await detectFileKind({ path: await saved('nul.txt', 'Looks like text\u0000but is not.\n') }, 'document');
    expect(reasonOf(result)).toContain('"nul.txt" is not a PDF');
  });

  it('tells the customer to save Latin-1 text as UTF-8', async () => {
    const latin1 = Buffer.from('Café crème, über alles. Prix: 12 €… ', 'latin1');
    const reason = reasonOf(await detectFileKind({ path: await saved('menu.txt', latin1) }, 'document'));
    expect(reason).toBe(
      '"menu.txt" looks like a text file that is not saved as UTF-8. Save it with UTF-8 encoding (most editors offer it under "Save as") and upload it again.',
    );
  });

  it('rejects a Linux executable named report.pdf, naming the file and what it is', async () => {
    const elf = (await readFile('/bin/true')).subarray(0, 8192);
    const result = await detectFileKind({ path: await saved('report.pdf', elf) }, 'document');
    expect(reasonOf(result)).toBe(
      '"report.pdf" is not a PDF, Word (.docx), text, Markdown or image (PNG, JPEG, WebP) file (it looks like a Linux executable). Upload a document in one of those formats.',
    );
  });

  it('rejects a ZIP archive renamed .docx', async () => {
    const result = await detectFileKind({ path: await saved('contract.docx', await plainZip()) }, 'document');
    expect(reasonOf(result)).toContain('"contract.docx" is not a PDF');
    expect(reasonOf(result)).toContain('(it looks like a ZIP archive)');
  });

  it('rejects other Office files that are ZIPs too, such as a spreadsheet', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    );
    zip.file('xl/workbook.xml', '<workbook/>');
    const result = await detectFileKind({ bytes: await zip.generateAsync({ type: 'uint8array' }), name: 'budget.docx' }, 'document');
    expect(reasonOf(result)).toContain('(it looks like an Excel spreadsheet)');
  });

  it('rejects random binary, saying its format is unknown', async () => {
    const result = await detectFileKind({ path: await saved('data.pdf', noise(20_000)) }, 'document');
    expect(reasonOf(result)).toBe(
      '"data.pdf" is not a PDF, Word (.docx), text, Markdown or image (PNG, JPEG, WebP) file (we could not recognise its format). Upload a document in one of those formats.',
    );
  });

  it('never accepts a binary because of its name', async () => {
    expect(reasonOf(await detectFileKind({ bytes: noise(5000), name: 'notes.md' }, 'document'))).toContain('"notes.md" is not');
    expect(reasonOf(await detectFileKind({ bytes: tinyPng(), name: 'voice.wav' }, 'voice'))).toContain('it looks like a PNG image');
  });

  it('rejects an empty file for either purpose', async () => {
    const path = await saved('empty.pdf', '');
    expect(reasonOf(await detectFileKind({ path }, 'document'))).toBe(
      '"empty.pdf" is empty (0 bytes). Check that you picked the right file and upload it again.',
    );
    expect(reasonOf(await detectFileKind({ bytes: new Uint8Array(), name: 'note.webm' }, 'voice'))).toContain('"note.webm" is empty');
  });

  it('says "This file" when it has no name, and shows control characters in a name as "?"', async () => {
    expect(reasonOf(await detectFileKind({ bytes: noise(100) }, 'document'))).toMatch(/^This file is not a PDF/);
    expect(reasonOf(await detectFileKind({ bytes: noise(100), name: 'evil\u202egnp.exe' }, 'document'))).toMatch(/^"evil\?gnp\.exe" is not/);
  });

  it('detects a 60 MB file from its header without reading it whole', async () => {
    const pdfPath = join(dir, 'big.pdf');
    await writeFile(pdfPath, '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const zerosPath = join(dir, 'big.bin');
    await writeFile(zerosPath, '');
    for (const path of [pdfPath, zerosPath]) {
      const handle = await open(path, 'r+');
      await handle.truncate(60 * 1024 * 1024); // sparse: no 60 MB is written or read
      await handle.close();
    }
    expect(await detectFileKind({ path: pdfPath }, 'document')).toMatchObject({ ok: true, kind: 'pdf' });
    expect(reasonOf(await detectFileKind({ path: zerosPath }, 'document'))).toContain('"big.bin" is not a PDF');
  });
});

describe('detectFileKind: voice notes', () => {
  const cases: [string, () => Uint8Array, { mime: string; extension: string }][] = [
    ['WAV', () => wavTone(), { mime: 'audio/wav', extension: 'wav' }],
    ['Ogg Opus', oggOpus, { mime: 'audio/ogg; codecs=opus', extension: 'opus' }],
    ['Ogg Vorbis', oggVorbis, { mime: 'audio/ogg; codecs=vorbis', extension: 'ogg' }],
    ['MP3', mp3Silence, { mime: 'audio/mpeg', extension: 'mp3' }],
    ['FLAC', flacHeader, { mime: 'audio/flac', extension: 'flac' }],
    ['audio-only WebM', () => webmRecording('audio'), { mime: 'audio/webm', extension: 'webm' }],
    ['M4A', () => mp4WithTracks('M4A ', ['soun']), { mime: 'audio/mp4', extension: 'm4a' }],
    ['audio-only MP4 (isom brand)', () => mp4WithTracks('isom', ['soun']), { mime: 'audio/mp4', extension: 'm4a' }],
  ];

  it.each(cases)('accepts %s as audio, from a path and from bytes', async (_, build, expected) => {
    const bytes = build();
    const path = await saved(`voice-${expected.extension}-${expected.mime.length}.dat`, bytes);
    expect(await detectFileKind({ path }, 'voice')).toEqual({ ok: true, kind: 'audio', ...expected });
    expect(await detectFileKind({ bytes }, 'voice')).toEqual({ ok: true, kind: 'audio', ...expected });
  });

  it('rejects videos, saying so', async () => {
    expect(reasonOf(await detectFileKind({ bytes: webmRecording('audio+video'), name: 'me.webm' }, 'voice'))).toBe(
      '"me.webm" is not an audio recording in a format we accept (it looks like a WebM video). Upload the voice note as WebM, Ogg, MP3, WAV, M4A or FLAC audio.',
    );
    const mp4 = await saved('clip.m4a', mp4WithTracks('isom', ['vide', 'soun']));
    expect(reasonOf(await detectFileKind({ path: mp4 }, 'voice'))).toContain('(it looks like an MP4 video)');
    expect(reasonOf(await detectFileKind({ bytes: mp4WithTracks('mp42', []) }, 'voice'))).toContain('(it looks like an MP4 file with no sound)');
  });

  it('rejects documents and text sent as a voice note', async () => {
    expect(reasonOf(await detectFileKind({ bytes: await pdfWithPages([['x']]), name: 'note.mp3' }, 'voice'))).toContain(
      '"note.mp3" is not an audio recording in a format we accept (it looks like a PDF document)',
    );
    expect(reasonOf(await detectFileKind({ bytes: Buffer.from('hello there'), name: 'note.ogg' }, 'voice'))).toContain('(it looks like a text file)');
    expect(reasonOf(await detectFileKind({ bytes: noise(4096), name: 'note.wav' }, 'voice'))).toContain('(we could not recognise its format)');
  });

  it('does not accept audio as a document', async () => {
    expect(reasonOf(await detectFileKind({ bytes: wavTone(), name: 'brief.pdf' }, 'document'))).toContain('(it looks like a WAV audio file)');
  });
});

describe('detectFileKind: damaged media', () => {
  it('answers, never throws, for every truncation of a WebM or MP4 header and for nonsense sizes', async () => {
    const samples = [webmRecording('audio+video'), mp4WithTracks('isom', ['vide', 'soun']), oggOpus(), wavTone(0.01)];
    for (const sample of samples) {
      for (let length = 1; length <= sample.byteLength; length += 3) {
        const result = await detectFileKind({ bytes: sample.subarray(0, length) }, 'voice');
        expect(typeof result.ok).toBe('boolean');
      }
    }
    // A moov box claiming 4 GiB in a small file is read up to the end of the file.
    const hugeBox = mp4WithTracks('isom', ['soun']);
    const moovAt = 28 + 24; // after ftyp and free
    expect(new TextDecoder().decode(hugeBox.subarray(moovAt + 4, moovAt + 8))).toBe('moov');
    new DataView(hugeBox.buffer).setUint32(moovAt, 0xffffffff);
    expect(await detectFileKind({ bytes: hugeBox }, 'voice')).toMatchObject({ ok: true, mime: 'audio/mp4' });
    const webm = webmRecording('audio');
    const corrupted = Uint8Array.from(webm, (byte, i) => (i > 40 && i % 7 === 0 ? 0x01 : byte));
    expect(typeof (await detectFileKind({ bytes: corrupted }, 'voice')).ok).toBe('boolean');
  });
});
