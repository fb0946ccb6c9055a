// The fields of a BODS statement that every version gives alike, read for the importer:
// provenance (publicationDetails, source), addresses, identifiers, annotation pointers.
import type { BodsAddress, BodsProvenance } from './bods-record';
import { present } from './bods-record';
import type { StatementProblem } from './bods-statement';
import type { Statement02 } from './bods-schema-02';
import type { Statement04 } from './bods-schema-04';

type Publication = Statement04['publicationDetails'] | Statement02['publicationDetails'];
type StatementSource = Statement04['source'] | Statement02['source'];

/** A statement's provenance from its `publicationDetails` and `source`. */
export function provenanceOf(
  statementId: string,
  date: string | undefined,
  publication: Publication,
  source: StatementSource,
): BodsProvenance {
  const assertedBy = (source?.assertedBy ?? []).flatMap((a) => a.name ?? a.uri ?? []);
  return {
    statementId,
    ...present({
      statementDate: date,
      publisher: publication?.publisher.name ?? publication?.publisher.url,
      publicationDate: publication?.publicationDate,
      license: publication?.license,
      sourceType: source?.type,
      sourceDescription: source?.description,
      sourceUrl: source?.url,
      retrievedAt: source?.retrievedAt,
      assertedBy: assertedBy.length > 0 ? assertedBy : undefined,
    }),
  };
}

/** An address as 0.2/0.3 (country a code) and 0.4 (country an object) give it. */
interface AddressIn {
  readonly type?: string;
  readonly address?: string;
  readonly postCode?: string;
  readonly country?: string | { readonly name: string; readonly code?: string };
}

/** Addresses as one line of text each, with their type. */
export function addressesOf(list: readonly AddressIn[] | undefined): BodsAddress[] {
  return (list ?? []).flatMap((a) => {
    const country = typeof a.country === 'string' ? a.country : a.country?.name;
    const parts = [a.address, a.postCode, country].filter(
      (p): p is string => p !== undefined && p.trim() !== '' && !(a.address ?? '').includes(p),
    );
    const text = [a.address, ...parts.slice(a.address === undefined ? 0 : 1)]
      .filter((p): p is string => p !== undefined && p.trim() !== '')
      .map((p) => p.trim())
      .join(', ');
    return text === '' ? [] : [{ ...present({ type: a.type }), text }];
  });
}

/** Identifiers with an id, as scheme and id (the scheme, else its name). */
export function identifiersOf(
  list: readonly { id?: string; scheme?: string; schemeName?: string }[] | undefined,
): { scheme: string; id: string }[] {
  return (list ?? []).flatMap((i) =>
    i.id === undefined || i.id.trim() === ''
      ? []
      : [{ scheme: i.scheme ?? i.schemeName ?? '', id: i.id.trim() }],
  );
}

/**
 * Annotations whose `statementPointerTarget` is no JSON pointer (RFC 6901: empty, or starting
 * with `/`). Pointers to fields the statement lacks are kept: the standard's own examples
 * point at fields of another shape.
 */
export function pointerProblems(
  annotations: readonly { statementPointerTarget: string }[],
  path: string,
): StatementProblem[] {
  return annotations.flatMap((a, i) =>
    a.statementPointerTarget === '' || a.statementPointerTarget.startsWith('/')
      ? []
      : [
          {
            path: `${path}.annotations[${i}].statementPointerTarget`,
            message: `"${a.statementPointerTarget}" is not a JSON pointer (it starts with "/")`,
          },
        ],
  );
}
