import { basename } from 'node:path';
import { fileTypeFromBuffer, fileTypeFromFile, type FileTypeOptions, type FileTypeResult } from 'file-type';
import { bytesSource, fileSource, type ByteSource } from './byte-source.ts';
import { describeFileType } from './describe-file-type.ts';
import type { DocumentKind, FileKind, FilePurpose } from './file-kinds.ts';
import { inspectText } from './inspect-text.ts';
import { looksLikeMarkdown } from './looks-like-markdown.ts';
import { mp4TrackCounts, webmTrackCounts, type TrackCounts } from './media-tracks.ts';
import { quoteFileName } from './quote-file-name.ts';

/** The content to judge, and the customer's name for it (used only in messages and to tell Markdown from plain text). */
export type DetectInput = { path: string; name?: string } | { bytes: Uint8Array; name?: string };

export type FileKindDetection<K extends FileKind = FileKind> =
  | { ok: true; kind: K; mime: string; extension: string }
  | { ok: false; reason: string };

type Accepted<K extends FileKind> = Extract<FileKindDetection<K>, { ok: true }>;

// Bounds any single read file-type makes on hostile input; real headers are a few KB.
const FILE_TYPE_OPTIONS: FileTypeOptions = { maxBufferSize: 1024 * 1024 };

const DOCUMENT_TYPES: Record<string, Accepted<DocumentKind>> = {
  pdf: { ok: true, kind: 'pdf', mime: 'application/pdf', extension: 'pdf' },
  docx: {
    ok: true,
    kind: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  png: { ok: true, kind: 'png', mime: 'image/png', extension: 'png' },
  // An animated PNG is a valid PNG whose first frame every PNG reader shows.
  apng: { ok: true, kind: 'png', mime: 'image/png', extension: 'png' },
  jpg: { ok: true, kind: 'jpeg', mime: 'image/jpeg', extension: 'jpg' },
  webp: { ok: true, kind: 'webp', mime: 'image/webp', extension: 'webp' },
};

const AUDIO_TYPES: Record<string, Accepted<'audio'>> = {
  mp3: { ok: true, kind: 'audio', mime: 'audio/mpeg', extension: 'mp3' },
  wav: { ok: true, kind: 'audio', mime: 'audio/wav', extension: 'wav' },
  flac: { ok: true, kind: 'audio', mime: 'audio/flac', extension: 'flac' },
  opus: { ok: true, kind: 'audio', mime: 'audio/ogg; codecs=opus', extension: 'opus' },
  ogg: { ok: true, kind: 'audio', mime: 'audio/ogg; codecs=vorbis', extension: 'ogg' },
};

/** Containers that hold audio or video alike: accepted as a voice note only with sound and no picture. */
type Container = {
  count: (source: ByteSource) => Promise<TrackCounts>;
  audio: Accepted<'audio'>;
  video: string;
  silent: string;
};
const WEBM: Container = {
  count: webmTrackCounts,
  audio: { ok: true, kind: 'audio', mime: 'audio/webm', extension: 'webm' },
  video: 'a WebM video',
  silent: 'a WebM file with no sound',
};
const MP4: Container = {
  count: mp4TrackCounts,
  audio: { ok: true, kind: 'audio', mime: 'audio/mp4', extension: 'm4a' },
  video: 'an MP4 video',
  silent: 'an MP4 file with no sound',
};
// file-type names MP4 files by their brand; an iPhone's M4A and a browser's "audio/mp4" recording are both here.
const AUDIO_OR_VIDEO: Record<string, Container> = { webm: WEBM, mp4: MP4, m4a: MP4, m4b: MP4, f4a: MP4 };

const DOCUMENT_FORMATS = 'a PDF, Word (.docx), text, Markdown or image (PNG, JPEG, WebP) file';
const VOICE_FORMATS = 'WebM, Ogg, MP3, WAV, M4A or FLAC';

/**
 * Judges an upload by its content alone: magic bytes via file-type (which reads headers, never the whole
 * file), then, for anything it does not accept, whether the content is text. The name only chooses
 * between Markdown and plain text; it never makes a binary acceptable.
 */
export function detectFileKind(input: DetectInput, purpose: 'document'): Promise<FileKindDetection<DocumentKind>>;
export function detectFileKind(input: DetectInput, purpose: 'voice'): Promise<FileKindDetection<'audio'>>;
export function detectFileKind(input: DetectInput, purpose: FilePurpose): Promise<FileKindDetection>;
export async function detectFileKind(input: DetectInput, purpose: FilePurpose): Promise<FileKindDetection> {
  const name = input.name ?? ('path' in input ? basename(input.path) : undefined);
  const source = 'path' in input ? await fileSource(input.path) : bytesSource(input.bytes);
  try {
    if (source.size === 0) {
      return {
        ok: false,
        reason: `${quoteFileName(name)} is empty (0 bytes). Check that you picked the right file and upload it again.`,
      };
    }
    const type = await detectFileType(input);
    return purpose === 'document' ? await judgeDocument(type, source, name) : await judgeVoice(type, source, name);
  } finally {
    await source.close();
  }
}

async function detectFileType(input: DetectInput): Promise<FileTypeResult | undefined> {
  try {
    return 'path' in input
      ? await fileTypeFromFile(input.path, FILE_TYPE_OPTIONS)
      : await fileTypeFromBuffer(input.bytes, FILE_TYPE_OPTIONS);
  } catch (error) {
    // A system error (the disk, the file) is ours to report; content file-type cannot parse is content it does not recognise.
    if (error instanceof Error && 'syscall' in error) throw error;
    return undefined;
  }
}

async function judgeDocument(
  type: FileTypeResult | undefined,
  source: ByteSource,
  name: string | undefined,
): Promise<FileKindDetection<DocumentKind>> {
  const accepted = type && DOCUMENT_TYPES[type.ext];
  if (accepted) return accepted;

  // Text has no magic bytes, and file-type reads some text formats (XML, vCard, a line starting "solid ")
  // as formats of their own: whatever it said, content that is text is accepted as text.
  const text = await inspectText(source);
  if (text.isText) {
    const markdown = /\.(md|markdown)$/i.test(name ?? '') || looksLikeMarkdown(text.sample);
    return markdown
      ? { ok: true, kind: 'md', mime: `text/markdown; charset=${text.encoding}`, extension: 'md' }
      : { ok: true, kind: 'txt', mime: `text/plain; charset=${text.encoding}`, extension: 'txt' };
  }
  if (!type && text.looksLike === 'legacy-encoded-text') {
    return {
      ok: false,
      reason: `${quoteFileName(name)} looks like a text file that is not saved as UTF-8. Save it with UTF-8 encoding (most editors offer it under "Save as") and upload it again.`,
    };
  }
  const looksLike = type ? describeFileType(type) : undefined;
  return {
    ok: false,
    reason: `${quoteFileName(name)} is not ${DOCUMENT_FORMATS} (${looksLike ? `it looks like ${looksLike}` : 'we could not recognise its format'}). Upload a document in one of those formats.`,
  };
}

async function judgeVoice(
  type: FileTypeResult | undefined,
  source: ByteSource,
  name: string | undefined,
): Promise<FileKindDetection<'audio'>> {
  let looksLike: string | undefined;
  if (type) {
    const audio = AUDIO_TYPES[type.ext];
    if (audio) return audio;
    const container = AUDIO_OR_VIDEO[type.ext];
    if (container) {
      const tracks = await container.count(source);
      if (tracks.audio > 0 && tracks.video === 0) return container.audio;
      looksLike = tracks.video > 0 ? container.video : container.silent;
    } else {
      looksLike = describeFileType(type);
    }
  } else if ((await inspectText(source)).isText) {
    looksLike = 'a text file';
  }
  return {
    ok: false,
    reason: `${quoteFileName(name)} is not an audio recording in a format we accept (${looksLike ? `it looks like ${looksLike}` : 'we could not recognise its format'}). Upload the voice note as ${VOICE_FORMATS} audio.`,
  };
}
