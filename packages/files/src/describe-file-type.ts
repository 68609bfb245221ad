import type { FileTypeResult } from 'file-type';

const DESCRIPTIONS: Record<string, string> = {
  elf: 'a Linux executable',
  exe: 'a Windows executable',
  macho: 'a macOS executable',
  class: 'a Java class file',
  wasm: 'a WebAssembly program',
  apk: 'an Android app',
  jar: 'a Java archive',
  xpi: 'a browser extension',
  crx: 'a browser extension',
  deb: 'a Debian package',
  rpm: 'an RPM package',
  msi: 'a Windows installer',
  dmg: 'a macOS disk image',
  iso: 'a disk image',
  zip: 'a ZIP archive',
  sqlite: 'a database file',
  pdf: 'a PDF document',
  docx: 'a Word document',
  docm: 'a macro-enabled Word document (.docm)',
  dotx: 'a Word template',
  dotm: 'a macro-enabled Word template',
  xlsx: 'an Excel spreadsheet',
  xlsm: 'a macro-enabled Excel spreadsheet',
  xltx: 'an Excel template',
  xltm: 'a macro-enabled Excel template',
  pptx: 'a PowerPoint presentation',
  pptm: 'a macro-enabled PowerPoint presentation',
  ppsx: 'a PowerPoint slide show',
  ppsm: 'a macro-enabled PowerPoint slide show',
  potx: 'a PowerPoint template',
  potm: 'a macro-enabled PowerPoint template',
  cfb: 'an older Microsoft Office file (.doc, .xls or .ppt) or a password-protected Office file',
  odt: 'an OpenDocument text file (.odt)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  odp: 'an OpenDocument presentation (.odp)',
  odg: 'an OpenDocument drawing (.odg)',
  pages: 'an Apple Pages document',
  numbers: 'an Apple Numbers spreadsheet',
  key: 'an Apple Keynote presentation',
  epub: 'an EPUB e-book',
  rtf: 'an RTF document',
  ps: 'a PostScript file',
  eps: 'a PostScript file',
  png: 'a PNG image',
  apng: 'a PNG image',
  jpg: 'a JPEG image',
  webp: 'a WebP image',
  gif: 'a GIF image',
  bmp: 'a BMP image',
  tif: 'a TIFF image',
  heic: 'a HEIC photo',
  avif: 'an AVIF image',
  psd: 'a Photoshop file',
  ico: 'an icon file',
  webm: 'a WebM video or recording',
  mkv: 'a Matroska video',
  mp4: 'an MP4 video',
  mov: 'a QuickTime video',
  avi: 'an AVI video',
  m4a: 'an M4A audio recording',
  mp3: 'an MP3 audio file',
  wav: 'a WAV audio file',
  flac: 'a FLAC audio file',
  opus: 'an Ogg Opus audio file',
  ogg: 'an Ogg Vorbis audio file',
};

/** The detected type in words a customer knows, e.g. "a Linux executable". */
export function describeFileType(type: FileTypeResult): string {
  const known = DESCRIPTIONS[type.ext];
  if (known) return known;
  const name = type.ext.toUpperCase();
  const [family] = type.mime.split('/');
  if (family === 'image') return `an image in ${name} format`;
  if (family === 'audio') return `audio in ${name} format`;
  if (family === 'video') return `a video in ${name} format`;
  if (family === 'font') return 'a font file';
  if (family === 'model') return 'a 3D model';
  if (/zip|compress|archive|tar|rar|gzip|bzip|x-xz|zstd|lz|cab/.test(type.mime)) return `a compressed archive in ${name} format`;
  return `a file in ${name} format`;
}
