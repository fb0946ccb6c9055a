// Every import format, one definition each: the CLI, the app's form and the importer read this
// list. A new format is a new file beside these (and its description in domain/import-formats).
import { bodsFormat } from './bods';
import { csvFormat } from './csv';
import type { ImportFormatDefinition } from './definition';
import { edgesFormat } from './edges';
import { ftmFormat } from './ftm';
import { triplesFormat } from './triples';

/** The formats, in the order the CLI's help and the import panel list them. */
export const IMPORT_FORMAT_DEFINITIONS = [
  csvFormat,
  edgesFormat,
  triplesFormat,
  ftmFormat,
  bodsFormat,
] as const;

/** A request of any format. */
export type AnyImportRequest = Parameters<(typeof IMPORT_FORMAT_DEFINITIONS)[number]['prepare']>[0];

/** The formats' names: `csv`, `edges`, `triples`, `ftm`, `bods`. */
export const IMPORT_FORMATS = IMPORT_FORMAT_DEFINITIONS.map((d) => d.info.name);

/** The definition of the format named `name`, or undefined for an unknown name. */
export function formatDefinition(
  name: string,
): ImportFormatDefinition<AnyImportRequest> | undefined {
  // A definition reads only its own requests: callers pass it the request it made, or one of
  // its format (prepareReader looks the definition up by the request's format).
  return IMPORT_FORMAT_DEFINITIONS.find((d) => d.info.name === name);
}
