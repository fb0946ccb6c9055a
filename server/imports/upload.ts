// Reads a multipart/form-data upload: files stream to the job's folder (never held in memory),
// fields are kept as text; limits on size and counts end the upload with a 413.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { InvalidInputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors';

export interface UploadedFile {
  /** The form field the file came in (e.g. `nodes`, `relationships`, `triples`). */
  readonly field: string;
  /** The file's own name, without folders, as the browser sent it. */
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
}

export interface Upload {
  readonly dir: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly files: readonly UploadedFile[];
}

export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxFiles: number;
}

/** A name safe to write in the upload folder: letters, digits, `.`, `-`, `_` only. */
function safeName(name: string, index: number): string {
  const base = basename(name).replace(/[^A-Za-z0-9._-]/g, '_');
  return `${index}-${base.length > 0 ? base.slice(0, 100) : 'file'}`;
}

/**
 * Streams the upload's files into `dir` (the job's own folder under the app's data folder,
 * made empty by the caller); on any failure the folder is removed and the error thrown
 * (415 when not multipart, 413 beyond the limits, 400 when unreadable).
 */
export async function readUpload(req: Request, limits: UploadLimits, dir: string): Promise<Upload> {
  if (!req.is('multipart/form-data')) {
    throw new UnsupportedMediaTypeError('Send the files as multipart/form-data');
  }
  try {
    return await parse(req, dir, limits);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function parse(req: Request, dir: string, limits: UploadLimits): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    const files: UploadedFile[] = [];
    const writes: Promise<void>[] = [];
    let failure: Error | undefined;
    const fail = (error: Error): void => {
      failure ??= error;
      req.unpipe(parser);
      req.resume();
      reject(failure);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: {
          fileSize: limits.maxFileBytes,
          files: limits.maxFiles,
          fields: 20,
          fieldSize: 64 * 1024,
          parts: limits.maxFiles + 20,
        },
      });
    } catch (error) {
      reject(new InvalidInputError(`Unreadable upload: ${(error as Error).message}`));
      return;
    }
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) {
        fail(new PayloadTooLargeError(`The field "${name}" is longer than 64 KiB`));
        return;
      }
      fields[name] = value;
    });
    parser.on('file', (field, stream, info) => {
      const name = basename(info.filename || field);
      const path = join(dir, safeName(name, files.length));
      let bytes = 0;
      stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
      stream.on('limit', () => {
        fail(
          new PayloadTooLargeError(
            `The file "${name}" is larger than ${Math.round(limits.maxFileBytes / 2 ** 20)} MiB ` +
              '(IMPORT_MAX_MB)',
          ),
        );
      });
      const write = pipeline(stream, createWriteStream(path)).then(() => {
        files.push({ field, name, path, bytes });
      });
      writes.push(write.catch((error: unknown) => fail(error as Error)));
    });
    parser.on('filesLimit', () => {
      fail(new PayloadTooLargeError(`At most ${limits.maxFiles} files per import`));
    });
    parser.on('fieldsLimit', () => fail(new PayloadTooLargeError('Too many form fields')));
    parser.on('partsLimit', () => fail(new PayloadTooLargeError('Too many form parts')));
    parser.on('error', (error: Error) => {
      fail(new InvalidInputError(`Unreadable upload: ${error.message}`));
    });
    parser.on('close', () => {
      void Promise.all(writes).then(() => {
        if (failure) return;
        resolve({ dir, fields, files });
      });
    });
    req.pipe(parser);
  });
}
