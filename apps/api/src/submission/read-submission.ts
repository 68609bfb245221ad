import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_FILES, MAX_UPLOAD_BYTES } from '@statex/core';
import { checkFileName, detectFileKind } from '@statex/files';
import type { StagedFile, Submission } from '@statex/pipeline';
import type { FastifyRequest } from 'fastify';
import { Errors } from '../errors.ts';
import { checkEmailField, checkSubmissionFields } from './check-submission-fields.ts';
import { countMultipartParts } from './count-multipart-parts.ts';

const KNOWN_FIELDS = new Set(['brief', 'email', 'name', 'locale', 'privacy', 'compliance', 'interview']);

class UploadTooLarge extends Error {}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export interface ReadSubmissionOptions {
  /** Where files wait until the request is stored (a private directory is made inside on the first file). */
  incomingDir: string;
  /**
   * Called as soon as a well-formed email field arrives, before any later part is read: throws to
   * refuse (the email's quota is spent), so a refused upload never reaches the disk. Clients send
   * the fields before the files (the web app and the CLI do).
   */
  onEmail?: (email: string) => Promise<void>;
}

/**
 * Reads a multipart submission as a stream: fields are collected, each file is written to a
 * private scratch directory while its bytes are counted against the total, then judged by its
 * content. Any problem throws a catalogued 4xx and removes what was written; the caller owns
 * `scratchDir` on success and must remove it once the files have been moved.
 */
export async function readSubmission(request: FastifyRequest, { incomingDir, onEmail }: ReadSubmissionOptions): Promise<{ submission: Submission; scratchDir: string }> {
  if (!request.isMultipart()) throw new Errors.NOT_MULTIPART();
  const scratchDir = path.join(incomingDir, randomBytes(8).toString('hex'));
  const fields: Record<string, string> = {};
  const files: StagedFile[] = [];
  let delivered = 0;
  let documentCount = 0;
  let totalBytes = 0;
  let scratchMade = false;
  try {
    const announced = countMultipartParts(request.raw);
    for await (const part of request.parts()) {
      delivered += 1;
      if (part.type === 'field') {
        if (!KNOWN_FIELDS.has(part.fieldname)) throw new Errors.VALIDATION(`Unknown field "${part.fieldname}". Fields are: brief, email, name, locale, privacy, compliance, interview; files go in "files" and "voice".`);
        if (part.fieldname in fields) throw new Errors.VALIDATION(`The field "${part.fieldname}" was sent twice; send it once.`);
        if (part.valueTruncated) throw new Errors.VALIDATION(`The field "${part.fieldname}" is too long.`);
        fields[part.fieldname] = String(part.value);
        if (part.fieldname === 'email' && onEmail) {
          const email = checkEmailField(fields.email);
          if (email.ok) await onEmail(email.value);
        }
        continue;
      }
      const role = part.fieldname === 'files' ? 'document' : part.fieldname === 'voice' ? 'voice' : null;
      if (!role) throw new Errors.VALIDATION(`Unknown file field "${part.fieldname}". Attach documents as "files" and a voice note as "voice".`);
      if (role === 'document') {
        documentCount += 1;
        if (documentCount > MAX_FILES) throw new Errors.TOO_MANY_FILES(MAX_FILES);
      } else if (files.some((f) => f.role === 'voice')) {
        throw new Errors.VALIDATION('Attach at most one voice note.');
      }
      const name = checkFileName(part.filename ?? '');
      if (!name.ok) throw new Errors.BAD_FILE_NAME(name.reason);
      if (!scratchMade) {
        await mkdir(scratchDir, { recursive: true });
        scratchMade = true;
      }
      const tempPath = path.join(scratchDir, String(files.length));
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          totalBytes += chunk.length;
          if (totalBytes > MAX_UPLOAD_BYTES) done(new UploadTooLarge());
          else done(null, chunk);
        },
      });
      await pipeline(part.file, counter, createWriteStream(tempPath));
      if (part.file.truncated) throw new Errors.UPLOAD_TOO_LARGE(megabytes(MAX_UPLOAD_BYTES));
      const detected = await detectFileKind({ path: tempPath, name: name.name }, role === 'voice' ? 'voice' : 'document');
      if (!detected.ok) throw new Errors.UNSUPPORTED_FILE(detected.reason);
      files.push({ role, originalName: name.name, kind: detected.kind, mime: detected.mime, extension: detected.extension, sizeBytes: size, tempPath });
    }
    if (announced && announced.parts() > delivered) {
      throw new Errors.MALFORMED_BODY('a part of the form has no usable "Content-Disposition: form-data; name=…" header, so it could not be read. Send every field and file as a named form-data part');
    }
    const checked = checkSubmissionFields(fields);
    if (!checked.ok) throw new Errors.VALIDATION(checked.message);
    return {
      submission: {
        brief: checked.value.brief,
        email: checked.value.email,
        name: checked.value.name,
        locale: checked.value.locale,
        privacy: checked.value.privacy,
        compliance: checked.value.compliance,
        interview: checked.value.interview,
        clientIp: request.ip,
        files,
      },
      scratchDir,
    };
  } catch (error) {
    if (scratchMade) await rm(scratchDir, { recursive: true, force: true });
    if (error instanceof UploadTooLarge) throw new Errors.UPLOAD_TOO_LARGE(megabytes(MAX_UPLOAD_BYTES));
    const code = (error as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new Errors.UPLOAD_TOO_LARGE(megabytes(MAX_UPLOAD_BYTES));
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new Errors.TOO_MANY_FILES(MAX_FILES);
    if (code === 'FST_FIELDS_LIMIT') throw new Errors.VALIDATION('Too many fields in the form.');
    if (code.startsWith('STX_')) throw error;
    // busboy and the multipart plugin report a broken body as plain errors.
    throw new Errors.MALFORMED_BODY((error as Error).message || 'malformed multipart data');
  }
}
