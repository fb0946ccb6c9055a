// No fact without a citation: the rule the authoring API enforces (422) and the explorer's fact
// form checks before sending, so both name the same missing fields. Pure.
import type { Citation } from './model';

/** Fact types whose facts are statements (someone said something): they need the words. */
export const STATEMENT_FACT_TYPES: ReadonlySet<string> = new Set(['CALLED']);

/** A field a save lacks: its JSON path in the request (`sources[0].span`) and why. */
export interface MissingField {
  readonly path: string;
  readonly message: string;
}

/**
 * What a fact's citations lack (empty: nothing): at least one source (LittleSis's rule), a
 * source id in each, and for a statement (`STATEMENT_FACT_TYPES`) the quoted span or quote in
 * each citation.
 */
export function missingCitationFields(
  type: string,
  sources: readonly Partial<Citation>[] | undefined,
): MissingField[] {
  if (!sources || sources.length === 0) {
    return [{ path: 'sources', message: 'A fact needs at least one source that states it' }];
  }
  const missing: MissingField[] = [];
  sources.forEach((c, i) => {
    if (!c.source || c.source.trim() === '') {
      missing.push({ path: `sources[${i}].source`, message: 'Pick or add the source' });
    }
    const words = c.span?.text.trim() || c.quote?.text.trim();
    if (STATEMENT_FACT_TYPES.has(type) && !words) {
      missing.push({
        path: `sources[${i}].span`,
        message: 'A statement needs the words of the source that say it (the quoted span)',
      });
    }
  });
  return missing;
}
