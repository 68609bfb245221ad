/**
 * Real files of every kind Statex judges, built from bytes in the tests: no downloaded fixtures.
 * Each builder writes the structure the format's readers need, not just the magic number.
 */
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function u32le(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
}

function u16le(value: number): Uint8Array {
  const out = new Uint8Array(2);
  new DataView(out.buffer).setUint16(0, value, true);
  return out;
}

// ---------- documents ----------

/** A PDF with one page per entry, each page's lines drawn in Helvetica. */
export async function pdfWithPages(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 24, size: 14, font }));
  }
  return doc.save();
}

/**
 * A minimal valid .docx: the three parts Word requires, one <w:p> per paragraph. Word writes
 * [Content_Types].xml first; some producers write it last, which `contentTypesLast` imitates.
 */
export async function docxWithParagraphs(paragraphs: string[], { contentTypesLast = false } = {}): Promise<Uint8Array> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const zip = new JSZip();
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ],
    [
      'word/document.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('') +
        '</w:body></w:document>',
    ],
  ];
  if (contentTypesLast) parts.push(parts.shift()!);
  for (const [name, content] of parts) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A ZIP archive holding one text file: not a Word document, whatever it is called. */
export async function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', 'Just an archive.');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A one-page PDF encrypted with the standard security handler, revision 2 (40-bit RC4), that needs
 * `userPassword` to open. Hand-written because pdf-lib cannot encrypt; offsets in the xref are exact.
 */
export function passwordProtectedPdf(userPassword: string): Uint8Array {
  const padding = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), padding]).subarray(0, 32);
  const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -4; // all permissions
  const ownerKey = md5(pad('owner-secret')).subarray(0, 5);
  const O = rc4(ownerKey, pad(userPassword));
  const P = Buffer.alloc(4);
  P.writeInt32LE(permissions);
  const key = md5(pad(userPassword), O, P, id).subarray(0, 5);
  const U = rc4(key, padding);
  const objectKey = (num: number) => md5(key, Buffer.from([num & 0xff, (num >> 8) & 0xff, 0, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), Buffer.from('BT /F1 24 Tf 72 700 Td (Secret plan) Tj ET', 'latin1'));

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${permissions} >>`,
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\n` +
    `startxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

// ---------- images ----------

/** A 1×1 RGB PNG: signature, IHDR, IDAT, IEND with real CRCs. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const typed = concat(ascii(type), data);
    return concat(u32be(data.byteLength), typed, u32be(crc32(typed)));
  };
  const ihdr = concat(u32be(1), u32be(1), new Uint8Array([8, 2, 0, 0, 0]));
  const idat = deflateSync(new Uint8Array([0, 0x2a, 0x80, 0xd0]));
  return concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array()));
}

/**
 * An 8×8 grey baseline JPEG: one component, one DC and one AC Huffman table of a single one-bit code,
 * so the whole scan is "DC difference 0, end of block" — two bits.
 */
export function tinyJpeg(): Uint8Array {
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const singleCodeTable = (tableClassAndId: number) => [tableClassAndId, 1, ...new Array(15).fill(0), 0x00];
  return new Uint8Array([
    0xff, 0xd8,
    ...segment(0xe0, [...ascii('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, singleCodeTable(0x00)),
    ...segment(0xc4, singleCodeTable(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f, // bits 0 (DC) 0 (EOB), padded with ones
    0xff, 0xd9,
  ]);
}

/** A 1×1 lossless WebP (VP8L) whose five prefix codes are each a single symbol. */
export function tinyWebp(): Uint8Array {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 14); // width - 1
  write(0, 14); // height - 1
  write(0, 1); // alpha unused
  write(0, 3); // version
  write(0, 1); // no transform
  write(0, 1); // no colour cache
  write(0, 1); // no meta prefix codes
  for (const symbol of [0x80, 0x40, 0x20, 0xff, 0]) {
    write(1, 1); // simple code
    write(0, 1); // one symbol
    write(1, 1); // eight-bit symbol
    write(symbol, 8);
  }
  const data = new Uint8Array(1 + Math.ceil(bits.length / 8));
  data[0] = 0x2f;
  bits.forEach((bit, i) => (data[1 + (i >> 3)]! |= bit << (i & 7)));
  const chunkBody = data.byteLength % 2 ? concat(data, new Uint8Array(1)) : data;
  const chunk = concat(ascii('VP8L'), u32le(data.byteLength), chunkBody);
  return concat(ascii('RIFF'), u32le(4 + chunk.byteLength), ascii('WEBP'), chunk);
}

// ---------- audio ----------

/** 16-bit mono PCM WAV: RIFF header, fmt chunk, data chunk of a 440 Hz tone. */
export function wavTone(seconds = 0.1, sampleRate = 8000): Uint8Array {
  const samples = Math.round(seconds * sampleRate);
  const data = new Uint8Array(samples * 2);
  const view = new DataView(data.buffer);
  for (let i = 0; i < samples; i++) view.setInt16(i * 2, Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 8000), true);
  const fmt = concat(u16le(1), u16le(1), u32le(sampleRate), u32le(sampleRate * 2), u16le(2), u16le(16));
  const body = concat(ascii('WAVE'), ascii('fmt '), u32le(fmt.byteLength), fmt, ascii('data'), u32le(data.byteLength), data);
  return concat(ascii('RIFF'), u32le(body.byteLength), body);
}

const OGG_CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let r = n << 24;
  for (let i = 0; i < 8; i++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  return r >>> 0;
});

function oggPage(packet: Uint8Array, sequence: number, headerType: number): Uint8Array {
  const segments: number[] = [];
  for (let left = packet.byteLength; ; left -= 255) {
    segments.push(Math.min(left, 255));
    if (left < 255) break;
  }
  const header = concat(
    ascii('OggS'),
    new Uint8Array([0, headerType]),
    new Uint8Array(8), // granule position
    u32le(0x5157a7e5), // stream serial number
    u32le(sequence),
    new Uint8Array(4), // CRC, filled below
    new Uint8Array([segments.length, ...segments]),
  );
  const page = concat(header, packet);
  let crc = 0;
  for (const byte of page) crc = ((crc << 8) ^ OGG_CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  new DataView(page.buffer).setUint32(22, crc, true);
  return page;
}

/** Ogg Opus: an OpusHead page (beginning of stream) and an OpusTags page, with real page CRCs. */
export function oggOpus(): Uint8Array {
  const head = concat(ascii('OpusHead'), new Uint8Array([1, 1]), u16le(312), u32le(48000), u16le(0), new Uint8Array([0]));
  const tags = concat(ascii('OpusTags'), u32le(6), ascii('statex'), u32le(0));
  return concat(oggPage(head, 0, 0x02), oggPage(tags, 1, 0x00));
}

/** Ogg Vorbis: the identification header page. */
export function oggVorbis(): Uint8Array {
  const identification = concat(
    new Uint8Array([1]),
    ascii('vorbis'),
    u32le(0), // version
    new Uint8Array([1]), // channels
    u32le(44100),
    u32le(0),
    u32le(128000),
    u32le(0),
    new Uint8Array([0xb8, 1]), // block sizes 256/2048, framing bit
  );
  return oggPage(identification, 0, 0x02);
}

/** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono: ten silent 417-byte frames. */
export function mp3Silence(): Uint8Array {
  const frame = new Uint8Array(417);
  frame.set([0xff, 0xfb, 0x90, 0xc4]);
  return concat(...new Array(10).fill(frame));
}

/** FLAC: the "fLaC" marker and a STREAMINFO block (44.1 kHz, mono, 16 bits). */
export function flacHeader(): Uint8Array {
  const info = new Uint8Array(34);
  const view = new DataView(info.buffer);
  view.setUint16(0, 4096);
  view.setUint16(2, 4096);
  // sample rate (20 bits) | channels - 1 (3 bits) | bits per sample - 1 (5 bits) | total samples (36 bits)
  view.setUint32(10, (44100 << 12) | (0 << 9) | (15 << 4));
  return concat(ascii('fLaC'), new Uint8Array([0x80, 0, 0, 34]), info);
}

function ebml(id: number[], ...body: Uint8Array[]): Uint8Array {
  const data = concat(...body);
  const size = data.byteLength;
  // One size byte when it fits, else four (marker 0x10, then 28 bits).
  const sizeBytes = size < 0x7f ? [0x80 | size] : [0x10 | ((size >>> 24) & 0x0f), (size >>> 16) & 0xff, (size >>> 8) & 0xff, size & 0xff];
  return concat(new Uint8Array(id), new Uint8Array(sizeBytes), data);
}
const ebmlUint = (id: number[], value: number) => ebml(id, new Uint8Array([value]));
const ebmlString = (id: number[], value: string) => ebml(id, ascii(value));
const UNKNOWN_SIZE = new Uint8Array([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/** A WebM as a browser's MediaRecorder writes it: EBML header, live (unknown-size) Segment, Tracks, one Cluster. */
export function webmRecording(tracks: 'audio' | 'audio+video'): Uint8Array {
  const header = ebml(
    [0x1a, 0x45, 0xdf, 0xa3],
    ebmlUint([0x42, 0x86], 1),
    ebmlUint([0x42, 0xf7], 1),
    ebmlUint([0x42, 0xf2], 4),
    ebmlUint([0x42, 0xf3], 8),
    ebmlString([0x42, 0x82], 'webm'),
    ebmlUint([0x42, 0x87], 4),
    ebmlUint([0x42, 0x85], 2),
  );
  const info = ebml([0x15, 0x49, 0xa9, 0x66], ebml([0x2a, 0xd7, 0xb1], new Uint8Array([0x0f, 0x42, 0x40])), ebmlString([0x4d, 0x80], 'statex-test'), ebmlString([0x57, 0x41], 'statex-test'));
  const sampleRate = new Uint8Array(8);
  new DataView(sampleRate.buffer).setFloat64(0, 48000);
  const audioTrack = ebml(
    [0xae],
    ebmlUint([0xd7], 1),
    ebmlUint([0x73, 0xc5], 1),
    ebmlUint([0x83], 2),
    ebmlString([0x86], 'A_OPUS'),
    ebml([0xe1], ebml([0xb5], sampleRate), ebmlUint([0x9f], 1)),
  );
  const videoTrack = ebml(
    [0xae],
    ebmlUint([0xd7], 2),
    ebmlUint([0x73, 0xc5], 2),
    ebmlUint([0x83], 1),
    ebmlString([0x86], 'V_VP8'),
    ebml([0xe0], ebmlUint([0xb0], 16), ebmlUint([0xba], 16)),
  );
  const trackEntries = tracks === 'audio' ? [audioTrack] : [videoTrack, audioTrack];
  const cluster = concat(new Uint8Array([0x1f, 0x43, 0xb6, 0x75]), UNKNOWN_SIZE, ebmlUint([0xe7], 0), ebml([0xa3], new Uint8Array([0x81, 0, 0, 0x80, 0xf8, 0xff, 0xfe])));
  return concat(header, new Uint8Array([0x18, 0x53, 0x80, 0x67]), UNKNOWN_SIZE, info, ebml([0x16, 0x54, 0xae, 0x6b], ...trackEntries), cluster);
}

function box(type: string, ...body: Uint8Array[]): Uint8Array {
  const data = concat(...body);
  return concat(u32be(8 + data.byteLength), ascii(type), data);
}

/** ISO base media file: ftyp with the given major brand, then moov with one trak per handler ('soun', 'vide'). */
export function mp4WithTracks(majorBrand: string, handlers: string[]): Uint8Array {
  const ftyp = box('ftyp', ascii(majorBrand), u32be(0), ascii(majorBrand), ascii('isom'), ascii('mp42'));
  const traks = handlers.map((handler, i) =>
    box(
      'trak',
      box('tkhd', new Uint8Array([0, 0, 0, 3]), new Uint8Array(8), u32be(i + 1), new Uint8Array(68)),
      box(
        'mdia',
        box('mdhd', new Uint8Array(4), new Uint8Array(8), u32be(48000), u32be(0), new Uint8Array(4)),
        box('hdlr', new Uint8Array(4), u32be(0), ascii(handler), new Uint8Array(12), ascii('statex\0')),
      ),
    ),
  );
  const moov = box('moov', box('mvhd', new Uint8Array(4), new Uint8Array(8), u32be(1000), u32be(0), new Uint8Array(80)), ...traks);
  return concat(ftyp, box('free', new Uint8Array(16)), moov, box('mdat', new Uint8Array(64)));
}
