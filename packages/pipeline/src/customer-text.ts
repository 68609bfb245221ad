import { ExtractionError, type ExtractionFailure } from '@statex/files';
import { NOTICE_MESSAGES, STAGE_MESSAGES, translator, type MessageValues, type NoticeKey, type StageMessageKey } from '@statex/i18n';
import { PipelineFailure } from './pipeline-failure.ts';

/**
 * The text a customer reads from the pipeline (history lines, notices, failure reasons), in the
 * request's locale. It is stored as written, so it is rendered here when the row is written.
 */
export function stageText(locale: string, key: StageMessageKey, values?: MessageValues): string {
  return translator(STAGE_MESSAGES, locale)(key, values);
}

export function noticeText(locale: string, key: NoticeKey, values?: MessageValues): string {
  return translator(NOTICE_MESSAGES, locale)(key, values);
}

// Control characters and bidi overrides would let a file name reorder or break the sentence around it.
const UNSAFE_IN_NAME = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** A customer's file name as shown inside a message: unsafe characters as "?", long names shortened in the middle. */
export function shownFileName(name: string | undefined): string {
  const shown = [...(name ?? '').replace(UNSAFE_IN_NAME, '?')];
  if (shown.length <= 80) return shown.join('') || '?';
  return `${shown.slice(0, 60).join('')}…${shown.slice(-19).join('')}`;
}

/** The notice that long documents were condensed for the model, naming them as the locale lists things. */
export function condensedDocumentsNotice(locale: string, names: string[]): string {
  const files = new Intl.ListFormat(translator(NOTICE_MESSAGES, locale).locale, { type: 'conjunction' }).format(names.map(shownFileName));
  return noticeText(locale, 'documentsCondensed', { files });
}

const EXTRACTION_NOTICES: Record<ExtractionFailure, NoticeKey> = {
  'pdf-password-protected': 'filePdfPassword',
  'pdf-damaged': 'filePdfDamaged',
  'docx-protected-or-legacy': 'fileDocxProtected',
  'docx-damaged': 'fileDocxDamaged',
  'text-encoding': 'fileEncoding',
  unreadable: 'fileUnreadable',
  'too-complex': 'fileTooComplex',
};

/** The notice for a file whose text could not be read (the rest of the brief is used). */
export function extractionNotice(locale: string, error: ExtractionError): string {
  return noticeText(locale, EXTRACTION_NOTICES[error.failure] ?? 'fileUnreadable', { file: shownFileName(error.fileName) });
}

/**
 * Why a request failed, as the customer reads it: the catalogue's reason of a PipelineFailure (its
 * message, written for the customer, if it names none), the file for a file that could not be read,
 * and for anything else (an error of ours) that an internal error stopped it — never its message.
 */
export function failureReasonText(locale: string, error: unknown): string {
  if (error instanceof PipelineFailure) return error.reason ? stageText(locale, error.reason.key, error.reason.values) : error.message;
  if (error instanceof ExtractionError) return stageText(locale, 'reasonFile', { file: shownFileName(error.fileName) });
  return stageText(locale, 'reasonInternal');
}
