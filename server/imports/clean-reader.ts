// The text policy on every importer: a reader whose entities and facts carry clean text.
import { cleanDeep } from '../domain/text-policy';
import type { FormatReader, ReadItem } from './types';

/**
 * Wraps a format's reader so that every string it yields in an entity or a fact (ids, names,
 * aliases, attributes, implied entities) follows the text policy (`cleanText`: NFC, no
 * controls but tab and line feed, no zero-width space). Problems pass as they are: their
 * file, line and column point into the file as it is.
 */
export function cleanReader(reader: FormatReader): FormatReader {
  return {
    files: reader.files,
    async *read(file, onBytes): AsyncGenerator<ReadItem> {
      for await (const item of reader.read(file, onBytes)) {
        if (item.kind === 'entity') yield { ...item, entity: cleanDeep(item.entity) };
        else if (item.kind === 'fact') yield { ...item, fact: cleanDeep(item.fact) };
        else yield item;
      }
    },
  };
}
