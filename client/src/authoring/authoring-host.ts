// What the authoring forms need from the explorer: the fact types, the sources and names it
// has loaded, entity search, and what to do after a save (read the view again, select).
import type { SearchHit } from '../../../server/domain/api';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { Source } from '../../../server/domain/model';
import type { Names } from './record-words';

/** The explorer, as the authoring forms see it. */
export interface AuthoringHost {
  /** The fact types the explorer knows (the form's allowlist and each type's time shape). */
  readonly factTypes: FactTypeLookup;
  /** The sources the explorer has loaded, by id (the ones a citation may pick). */
  sources(): Readonly<Record<string, Source>>;
  /** An entity's name by id (its id when not loaded). */
  entityName(id: string): string;
  /** Entities matching `text` (the subject, object and publisher pickers). */
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  /** After a save or a revert: reads the view again and selects what was saved. */
  saved(selection: { readonly kind: 'entity' | 'fact'; readonly id: string }): void;
}

/** The names the words of records need, from the host (plus names learnt from `extra`). */
export function namesOf(host: AuthoringHost, extra: Readonly<Record<string, string>> = {}): Names {
  return {
    entity: (id) => extra[id] ?? host.entityName(id),
    source: (id) => host.sources()[id],
  };
}
