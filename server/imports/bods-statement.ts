// A raw BODS statement checked and read: its version told (publicationDetails.bodsVersion, else
// its shape), its fields checked by that version's schema (problems by JSON path, as the
// reference validator gives them), and mapped onto the importer's record (bods-record.ts).
import type { z } from 'zod';
import type { BodsAddress, BodsPartyRef, BodsProvenance, BodsRecord } from './bods-record';
import { present } from './bods-record';
import { statement02, type Statement02 } from './bods-schema-02';
import {
  entityDetails04,
  personDetails04,
  relationshipDetails04,
  statement04,
  type Statement04,
} from './bods-schema-04';

/** A problem with a statement: the JSON path of the field and what is wrong. */
export interface StatementProblem {
  readonly path: string;
  readonly message: string;
}

export type BodsVersion = '0.2' | '0.3' | '0.4';

/** Versions the importer reads, by how `bodsVersion` writes them. */
const VERSIONS: Readonly<Record<string, BodsVersion>> = {
  '0.2': '0.2',
  '0.2.0': '0.2',
  '0.3': '0.3',
  '0.3.0': '0.3',
  '0.4': '0.4',
  '0.4.0': '0.4',
};

/** A zod issue path as a JSON path below `base`: `$[0].recordDetails.interests[0].share`. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`),
    base,
  );
}

function issues(error: z.ZodError, base: string): StatementProblem[] {
  return error.issues.map((issue) => ({
    path: jsonPath(base, issue.path),
    message: issue.message,
  }));
}

/** The version a statement declares, or the one its shape has; a problem if neither reads. */
export function versionOf(value: unknown, path: string): BodsVersion | StatementProblem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path, message: 'must be a BODS statement (a JSON object)' };
  }
  const record = value as Record<string, unknown>;
  const details = record.publicationDetails;
  const declared =
    details !== null && typeof details === 'object'
      ? (details as Record<string, unknown>).bodsVersion
      : undefined;
  if (declared !== undefined) {
    const version = typeof declared === 'string' ? VERSIONS[declared] : undefined;
    if (version) return version;
    return {
      path: `${path}.publicationDetails.bodsVersion`,
      message: `${JSON.stringify(declared)} is not a BODS version this importer reads (0.2, 0.3, 0.4)`,
    };
  }
  if ('recordType' in record || 'recordDetails' in record || 'recordId' in record) return '0.4';
  if ('statementType' in record || 'statementID' in record) return '0.2';
  return { path, message: 'is neither a 0.4 record statement nor a 0.2/0.3 statement' };
}

type Publication = Statement04['publicationDetails'] | Statement02['publicationDetails'];
type StatementSource = Statement04['source'] | Statement02['source'];

function provenanceOf(
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

interface AddressIn {
  readonly type?: string;
  readonly address?: string;
  readonly postCode?: string;
  readonly country?: string | { readonly name: string; readonly code?: string };
}

function addressesOf(list: readonly AddressIn[] | undefined): BodsAddress[] {
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

function identifiersOf(
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
function pointerProblems(
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

/** A 0.4 party or relationship reference: a record id, or an unspecified party. */
function ref04(value: string | { reason: string; description?: string }): BodsPartyRef {
  return typeof value === 'string' ? { ref: value } : { unspecified: value };
}

function read04(value: unknown, path: string): BodsRecord | StatementProblem[] {
  const head = statement04.safeParse(value);
  if (!head.success) return issues(head.error, path);
  const s = head.data;
  const at = `${path}.recordDetails`;
  const base = {
    version: '0.4' as const,
    key: s.recordId,
    replaces: [],
    closed: s.recordStatus === 'closed',
    declarationSubject: s.declarationSubject,
    ...present({ status: s.recordStatus }),
    provenance: provenanceOf(s.statementId, s.statementDate, s.publicationDetails, s.source),
  };
  const pointers = pointerProblems(s.annotations ?? [], path);
  if (pointers.length > 0) return pointers;
  if (s.recordType === 'relationship') {
    const details = relationshipDetails04.safeParse(s.recordDetails);
    if (!details.success) return issues(details.error, at);
    const d = details.data;
    return {
      ...base,
      kind: 'relationship',
      subject: ref04(d.subject),
      interestedParty: ref04(d.interestedParty),
      interests: d.interests ?? [],
      isComponent: d.isComponent,
      componentRecords: d.componentRecords ?? [],
    };
  }
  if (s.recordType === 'entity') {
    const details = entityDetails04.safeParse(s.recordDetails);
    if (!details.success) return issues(details.error, at);
    const d = details.data;
    return {
      ...base,
      kind: 'party',
      isPerson: false,
      type: d.entityType.type,
      names: [d.name, ...(d.alternateNames ?? [])].filter((n): n is string => !!n?.trim()),
      identifiers: identifiersOf(d.identifiers),
      addresses: addressesOf(d.addresses),
      nationalities: [],
      isComponent: d.isComponent,
      ...present({
        subtype: d.entityType.subtype,
        jurisdiction: d.jurisdiction?.name,
        foundingDate: d.foundingDate,
        dissolutionDate: d.dissolutionDate,
        unspecified: d.unspecifiedEntityDetails,
      }),
    };
  }
  const details = personDetails04.safeParse(s.recordDetails);
  if (!details.success) return issues(details.error, at);
  const d = details.data;
  return {
    ...base,
    kind: 'party',
    isPerson: true,
    type: d.personType,
    names: (d.names ?? []).map((n) => n.fullName).filter((n) => n.trim() !== ''),
    identifiers: identifiersOf(d.identifiers),
    addresses: addressesOf(d.addresses),
    nationalities: (d.nationalities ?? []).map((n) => n.name),
    isComponent: d.isComponent,
    ...present({
      birthDate: d.birthDate,
      deathDate: d.deathDate,
      unspecified: d.unspecifiedPersonDetails,
      pep: d.politicalExposure?.status,
    }),
  };
}

function ref02(r: {
  describedByEntityStatement?: string;
  describedByPersonStatement?: string;
  unspecified?: { reason: string; description?: string };
}): BodsPartyRef {
  const id = r.describedByEntityStatement ?? r.describedByPersonStatement;
  if (id !== undefined) return { ref: id };
  return { unspecified: r.unspecified ?? { reason: 'unknown' } };
}

function read02(
  value: unknown,
  path: string,
  version: BodsVersion,
): BodsRecord | StatementProblem[] {
  const parsed = statement02.safeParse(value);
  if (!parsed.success) return issues(parsed.error, path);
  const s = parsed.data;
  const base = {
    version,
    key: s.statementID,
    replaces: s.replacesStatements ?? [],
    closed: false,
    isComponent: s.isComponent ?? false,
    provenance: provenanceOf(s.statementID, s.statementDate, s.publicationDetails, s.source),
  };
  if (s.statementType === 'ownershipOrControlStatement') {
    return {
      ...base,
      kind: 'relationship',
      subject: { ref: s.subject.describedByEntityStatement },
      interestedParty: ref02(s.interestedParty),
      componentRecords: [],
      interests: (s.interests ?? []).map((i) => ({
        ...present({
          type: i.type,
          directOrIndirect: i.directOrIndirect ?? i.interestLevel,
          beneficialOwnershipOrControl: i.beneficialOwnershipOrControl,
          details: i.details,
          startDate: i.startDate,
          endDate: i.endDate,
        }),
        ...(i.share
          ? {
              share: present({
                exact: i.share.exact,
                minimum: i.share.exclusiveMinimum === true ? undefined : i.share.minimum,
                exclusiveMinimum: i.share.exclusiveMinimum === true ? i.share.minimum : undefined,
                maximum: i.share.exclusiveMaximum === true ? undefined : i.share.maximum,
                exclusiveMaximum: i.share.exclusiveMaximum === true ? i.share.maximum : undefined,
              }),
            }
          : {}),
      })),
    };
  }
  if (s.statementType === 'entityStatement') {
    return {
      ...base,
      kind: 'party',
      isPerson: false,
      type: s.entityType,
      names: [s.name, ...(s.alternateNames ?? [])].filter((n): n is string => !!n?.trim()),
      identifiers: identifiersOf(s.identifiers),
      addresses: addressesOf(s.addresses),
      nationalities: [],
      ...present({
        jurisdiction: (s.incorporatedInJurisdiction ?? s.jurisdiction)?.name,
        foundingDate: s.foundingDate,
        dissolutionDate: s.dissolutionDate,
        unspecified: s.unspecifiedEntityDetails,
      }),
    };
  }
  return {
    ...base,
    kind: 'party',
    isPerson: true,
    type: s.personType,
    names: (s.names ?? []).flatMap((n) => {
      const full = n.fullName ?? [n.givenName, n.familyName].filter(Boolean).join(' ');
      return full.trim() === '' ? [] : [full.trim()];
    }),
    identifiers: identifiersOf(s.identifiers),
    addresses: addressesOf(s.addresses),
    nationalities: (s.nationalities ?? []).flatMap((n) => n.name ?? n.code ?? []),
    ...present({
      birthDate: s.birthDate,
      deathDate: s.deathDate,
      unspecified: s.unspecifiedPersonDetails,
    }),
  };
}

/** A statement read as `version`: its record, or every problem its fields have. */
export function readStatement(
  value: unknown,
  path: string,
  version: BodsVersion,
): BodsRecord | StatementProblem[] {
  return version === '0.4' ? read04(value, path) : read02(value, path, version);
}
