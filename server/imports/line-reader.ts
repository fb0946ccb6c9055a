// Reads a file line by line, streaming: memory stays bounded whatever the file's size.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ByteCounter } from './types';

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  /** The line without its end-of-line characters (and without a leading byte-order mark). */
  readonly text: string;
}

/** Yields the lines of a UTF-8 file; `onBytes` hears of every chunk read. */
export async function* readLines(path: string, onBytes: ByteCounter): AsyncGenerator<Line> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  stream.on('data', (chunk) => onBytes(chunk.length));
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const raw of reader) {
      number += 1;
      yield { number, text: number === 1 ? raw.replace(/^\uFEFF/, '') : raw };
    }
  } finally {
    reader.close();
    stream.destroy();
  }
}
