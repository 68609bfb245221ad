/** What a customer may attach as a document. */
export const DOCUMENT_KINDS = ['pdf', 'docx', 'png', 'jpeg', 'webp', 'txt', 'md'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type ImageKind = Extract<DocumentKind, 'png' | 'jpeg' | 'webp'>;
export type TextKind = Extract<DocumentKind, 'txt' | 'md'>;

/** Every kind Statex accepts; a voice note is always `audio`, its container told by the MIME type. */
export type FileKind = DocumentKind | 'audio';

export type FilePurpose = 'document' | 'voice';
