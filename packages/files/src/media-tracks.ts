import type { ByteSource } from './byte-source.ts';

/** How many audio and video tracks a container declares. file-type names the container; this says what is in it. */
export type TrackCounts = { audio: number; video: number };

// Bounds the walk on hostile input: a real voice note has a handful of boxes or elements before its tracks.
const MAX_NODES = 10_000;

type Visit = (type: number | string, bodyStart: number, end: number) => Promise<'stop' | void>;

/** ISO base media (MP4/M4A): counts `moov/trak/mdia/hdlr` handlers, `soun` and `vide`. Boxes are skipped, not read. */
export async function mp4TrackCounts(source: ByteSource): Promise<TrackCounts> {
  const counts: TrackCounts = { audio: 0, video: 0 };
  let budget = MAX_NODES;

  async function children(start: number, end: number, visit: Visit): Promise<void> {
    let offset = start;
    while (offset + 8 <= end && budget-- > 0) {
      const header = await source.readAt(offset, 16);
      if (header.byteLength < 8) return;
      const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
      let size = view.getUint32(0);
      let headerSize = 8;
      if (size === 1) {
        if (header.byteLength < 16) return;
        size = Number(view.getBigUint64(8));
        headerSize = 16;
      } else if (size === 0) {
        size = end - offset;
      }
      if (size < headerSize) return;
      const boxEnd = Math.min(offset + size, end);
      const type = String.fromCharCode(header[4]!, header[5]!, header[6]!, header[7]!);
      if ((await visit(type, offset + headerSize, boxEnd)) === 'stop') return;
      offset = boxEnd;
    }
  }

  await children(0, source.size, async (type, body, end) => {
    if (type !== 'moov') return;
    await children(body, end, async (type, body, end) => {
      if (type !== 'trak') return;
      await children(body, end, async (type, body, end) => {
        if (type !== 'mdia') return;
        await children(body, end, async (type, body) => {
          if (type !== 'hdlr') return;
          // FullBox: version and flags (4), pre_defined (4), handler_type (4).
          const handler = new TextDecoder('latin1').decode(await source.readAt(body + 8, 4));
          if (handler === 'soun') counts.audio++;
          if (handler === 'vide') counts.video++;
        });
      });
    });
    return 'stop';
  });
  return counts;
}

const EBML_SEGMENT = 0x18538067;
const EBML_TRACKS = 0x1654ae6b;
const EBML_CLUSTER = 0x1f43b675;
const EBML_TRACK_ENTRY = 0xae;
const EBML_TRACK_TYPE = 0x83;
const TRACK_TYPE_VIDEO = 1;
const TRACK_TYPE_AUDIO = 2;

/** WebM/Matroska: counts `Segment/Tracks/TrackEntry/TrackType`. Tracks precede the first Cluster, so the walk stops there. */
export async function webmTrackCounts(source: ByteSource): Promise<TrackCounts> {
  const counts: TrackCounts = { audio: 0, video: 0 };
  let budget = MAX_NODES;

  async function children(start: number, end: number, visit: Visit): Promise<void> {
    let offset = start;
    while (offset + 2 <= end && budget-- > 0) {
      const header = await source.readAt(offset, 12);
      const idLength = vintLength(header[0]);
      if (idLength === 0 || idLength > 4 || header.byteLength < idLength + 1) return;
      let id = 0;
      for (let i = 0; i < idLength; i++) id = id * 256 + header[i]!;
      const sizeLength = vintLength(header[idLength]);
      if (sizeLength === 0 || header.byteLength < idLength + sizeLength) return;
      let size = header[idLength]! & (0xff >> sizeLength);
      let unknownSize = size === 0xff >> sizeLength;
      for (let i = 1; i < sizeLength; i++) {
        const byte = header[idLength + i]!;
        size = size * 256 + byte;
        unknownSize &&= byte === 0xff;
      }
      const bodyStart = offset + idLength + sizeLength;
      const bodyEnd = unknownSize ? end : Math.min(bodyStart + size, end);
      if ((await visit(id, bodyStart, bodyEnd)) === 'stop') return;
      // An element of unknown size runs to the end of its parent: nothing after it can be found.
      if (unknownSize) return;
      offset = bodyEnd;
    }
  }

  await children(0, source.size, async (id, body, end) => {
    if (id !== EBML_SEGMENT) return;
    await children(body, end, async (id, body, end) => {
      if (id === EBML_CLUSTER) return 'stop';
      if (id !== EBML_TRACKS) return;
      await children(body, end, async (id, body, end) => {
        if (id !== EBML_TRACK_ENTRY) return;
        await children(body, end, async (id, body, end) => {
          if (id !== EBML_TRACK_TYPE) return;
          const bytes = await source.readAt(body, Math.min(end - body, 8));
          const trackType = bytes.reduce((value, byte) => value * 256 + byte, 0);
          if (trackType === TRACK_TYPE_AUDIO) counts.audio++;
          if (trackType === TRACK_TYPE_VIDEO) counts.video++;
        });
      });
      return 'stop';
    });
    return 'stop';
  });
  return counts;
}

/** Length of an EBML variable-size integer from its first byte: the position of the first set bit; 0 if invalid. */
function vintLength(first: number | undefined): number {
  if (!first) return 0;
  return Math.clz32(first) - 23;
}
