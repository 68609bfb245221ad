/**
 * A hostile corpus, built from bytes on demand (never committed as binaries): files crafted to
 * stop, hang or kill a naive parser. Each one is small on the wire; what it costs a parser is in
 * `what`. The extraction sandbox must refuse or survive every one of them.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { pdfWithPages, docxWithParagraphs } from './sample-files.ts';

export type HostileFile = {
  /** A file name such as a customer would send. */
  name: string;
  kind: 'pdf' | 'docx';
  bytes: Uint8Array;
  what: string;
};

const latin1 = (text: string) => Buffer.from(text, 'latin1');

// ---------- PDF ----------

/** Joins numbered objects into a PDF with an exact xref table; `trailerExtra` lands in the trailer dictionary. */
function pdfFromObjects(objects: (string | Buffer)[], trailerExtra = '', { selfPrev = false } = {}): Uint8Array {
  const chunks: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    chunks.push(chunk);
    length += chunk.length;
  });
  const xrefAt = length;
  // A trailer whose /Prev points at its own xref section: a reader that follows /Prev blindly loops.
  const prev = selfPrev ? ` /Prev ${xrefAt}` : '';
  chunks.push(
    latin1(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
        offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('') +
        `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${prev}${trailerExtra} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

function stream(dictionary: string, content: string): Buffer {
  return latin1(`<< ${dictionary} /Length ${content.length} >>\nstream\n${content}\nendstream`);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/**
 * A page draws form XObject 1, which draws XObject 2 twice, and so on `depth` deep: 2^depth text
 * draws from a file of a few kilobytes. Text extraction that follows every draw never ends.
 */
export function nestedFormXObjectsPdf(depth = 30): Uint8Array {
  const first = 6;
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X ${first} 0 R >> >> >>`,
    stream('', 'q /X Do Q'),
    FONT,
  ];
  for (let level = 0; level < depth; level++) {
    const last = level === depth - 1;
    const draws = last ? '' : ' q /X Do Q q 1 0 0 1 1 1 cm /X Do Q';
    const resources = last ? '<< /Font << /F1 5 0 R >> >>' : `<< /Font << /F1 5 0 R >> /XObject << /X ${first + level + 1} 0 R >> >>`;
    objects.push(stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources ${resources}`, `BT /F1 9 Tf 72 700 Td (level ${level}) Tj ET${draws}`));
  }
  return pdfFromObjects(objects);
}

/**
 * A page tree claiming `fanout²` pages (300,000+ by default) in a few kilobytes: the root lists one
 * intermediate node `fanout` times, which lists one page `fanout` times. Reading every page means
 * 300,000 page objects and their text in memory.
 */
export function pageTreeBombPdf(fanout = 550): Uint8Array {
  const kids = (ref: number) => Array.from({ length: fanout }, () => `${ref} 0 R`).join(' ');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids(3)}] /Count ${fanout * fanout} >>`,
    `<< /Type /Pages /Parent 2 0 R /Kids [${kids(4)}] /Count ${fanout} >>`,
    '<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    stream('', 'BT /F1 12 Tf 72 700 Td (One of very many pages.) Tj ET'),
    FONT,
  ]);
}

/** A page tree whose node lists itself as its own kid: a walker without a visited set never returns. */
export function pageTreeCyclePdf(): Uint8Array {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 2 >>',
  ]);
}

/** An xref section whose trailer's /Prev is itself, and a content stream whose /Length refers to its own object. */
export function selfReferencingPdf(): Uint8Array {
  return pdfFromObjects(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      latin1('<< /Length 4 0 R >>\nstream\nBT /F1 12 Tf 72 700 Td (Loop) Tj ET\nendstream'),
      FONT,
    ],
    '',
    { selfPrev: true },
  );
}

// ---------- ZIP / DOCX ----------

type ZipEntry = {
  name: string;
  /** Raw deflate data (method 8) or the bytes themselves (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** What the headers claim; a lying archive states less than the entry really inflates to. */
  declaredSize: number;
};

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

/** A ZIP written field by field, so sizes, counts and ratios are exactly what the test needs. */
function zipOf(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const common = Buffer.concat([u16(20), u16(0x0800), u16(entry.method), u16(0), u16(0x21), u32(entry.crc), u32(entry.data.byteLength), u32(entry.declaredSize), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), common, name, entry.data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0)]);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
}

function deflated(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: deflateRawSync(bytes), method: 8, crc: crc32(bytes), declaredSize: bytes.byteLength };
}

/** Deflates `chunk` repeated `times` without ever holding the whole inflated content. */
async function deflatedRepeat(name: string, head: string, chunk: string, times: number, tail: string): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (data: Buffer) => out.push(data));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunkBytes = Buffer.from(chunk, 'utf8');
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  deflate.write(head);
  for (let i = 0; i < times; i++) {
    crc = crc32(chunkBytes, crc);
    size += chunkBytes.length;
    if (!deflate.write(chunkBytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  deflate.end(tail);
  await finished;
  return { name, data: Buffer.concat(out), method: 8, crc, declaredSize: size };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const PARAGRAPH = '<w:p><w:r><w:t>We need a website for our bakery with the menu and prices.</w:t></w:r></w:p>';

/** A DOCX whose body nests `depth` structured-document tags: a recursive XML reader runs out of stack. */
export function deeplyNestedDocx(depth = 20_000): Uint8Array {
  const body = '<w:sdt><w:sdtContent>'.repeat(depth) + PARAGRAPH + '</w:sdtContent></w:sdt>'.repeat(depth);
  return zipOf([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), deflated('word/document.xml', documentXml(body))]);
}

/**
 * A DOCX whose `word/document.xml` inflates to `megabytes` MB (300 by default) from about a
 * megabyte. With `lie`, the headers declare a tenth of a megabyte, so only inflating tells.
 */
export async function hugeXmlDocx(megabytes = 300, { lie = false } = {}): Promise<Uint8Array> {
  const paragraphsPerMb = Math.ceil((1024 * 1024) / PARAGRAPH.length);
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`;
  const chunk = PARAGRAPH.repeat(paragraphsPerMb);
  const document = await deflatedRepeat('word/document.xml', head, chunk, megabytes, '</w:body></w:document>');
  if (lie) document.declaredSize = 100_000;
  return zipOf([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), document]);
}

/** A DOCX carrying 50 MB of zeros in a few dozen kilobytes: a compression ratio near 1000:1. */
export function zipBombByRatioDocx(megabytes = 50): Uint8Array {
  return zipOf([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', RELS),
    deflated('word/document.xml', documentXml(PARAGRAPH)),
    deflated('word/media/image1.bin', new Uint8Array(megabytes * 1024 * 1024)),
  ]);
}

/** A DOCX listing `count` empty entries: a reader that builds an object per entry runs out of memory or time. */
export function zipBombByCountDocx(count = 20_000): Uint8Array {
  const empty: ZipEntry = { name: '', data: new Uint8Array(0), method: 0, crc: 0, declaredSize: 0 };
  return zipOf([
    deflated('[Content_Types].xml', CONTENT_TYPES),
    deflated('_rels/.rels', RELS),
    deflated('word/document.xml', documentXml(PARAGRAPH)),
    ...Array.from({ length: count }, (_, i) => ({ ...empty, name: `word/e/${i.toString(36)}` })),
  ]);
}

/** The first `fraction` of a valid file: the end of a ZIP (its central directory) or of a PDF (xref, trailer) is gone. */
function truncated(bytes: Uint8Array, fraction = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.byteLength * fraction));
}

/** The whole corpus, one entry per attack; the huge ones are generated as streams (a few seconds in all). */
export async function hostileCorpus(): Promise<HostileFile[]> {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: we need a website with a menu, prices and opening hours.`);
  return [
    { name: 'menu.pdf', kind: 'pdf', bytes: nestedFormXObjectsPdf(), what: 'form XObjects nested 30 deep, each drawing the next twice (2^30 draws)' },
    { name: 'catalogue.pdf', kind: 'pdf', bytes: pageTreeBombPdf(), what: 'page tree claiming 302,500 pages' },
    { name: 'pages-cycle.pdf', kind: 'pdf', bytes: pageTreeCyclePdf(), what: 'page tree node that is its own kid' },
    { name: 'xref-loop.pdf', kind: 'pdf', bytes: selfReferencingPdf(), what: 'trailer /Prev pointing at itself, stream /Length referring to its own object' },
    { name: 'cut-short.pdf', kind: 'pdf', bytes: truncated(await pdfWithPages([paragraphs])), what: 'a real PDF cut at 60%' },
    { name: 'nested.docx', kind: 'docx', bytes: deeplyNestedDocx(), what: 'document.xml nested 20,000 elements deep (under 1 MB, so only the depth check sees it)' },
    { name: 'huge.docx', kind: 'docx', bytes: await hugeXmlDocx(300), what: 'document.xml inflating to 300 MB, sizes declared honestly' },
    { name: 'huge-lying.docx', kind: 'docx', bytes: await hugeXmlDocx(300, { lie: true }), what: 'document.xml inflating to 300 MB, declared as 100 KB' },
    { name: 'zeros.docx', kind: 'docx', bytes: zipBombByRatioDocx(), what: '50 MB of zeros compressed about 1000:1' },
    { name: 'many-entries.docx', kind: 'docx', bytes: zipBombByCountDocx(), what: '20,000 entries in the central directory' },
    { name: 'cut-short.docx', kind: 'docx', bytes: truncated(await docxWithParagraphs(paragraphs)), what: 'a real DOCX cut at 60% (no central directory)' },
  ];
}
