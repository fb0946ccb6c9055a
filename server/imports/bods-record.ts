// One BODS statement of any version (0.2, 0.3, 0.4) as the importer reads it: a party (an
// entity or person) or a relationship, keyed by what names it across statements (0.4: the
// record id; 0.2/0.3: the statement id, joined to the ones it replaces by bods-index.ts).

/** Who published a statement and where it came from (`publicationDetails`, `source`). */
export interface BodsProvenance {
  readonly statementId: string;
  readonly statementDate?: string;
  readonly publisher?: string;
  readonly publicationDate?: string;
  readonly license?: string;
  readonly sourceType?: readonly string[];
  readonly sourceDescription?: string;
  readonly sourceUrl?: string;
  readonly retrievedAt?: string;
  readonly assertedBy?: readonly string[];
}

/** A party named by its key, or one the statement leaves unspecified (with BODS' reason). */
export type BodsPartyRef =
  | { readonly ref: string }
  | { readonly unspecified: { readonly reason: string; readonly description?: string } };

/** One interest of a relationship, as 0.4 names its fields (0.2/0.3's are mapped onto them). */
export interface BodsInterest {
  readonly type?: string;
  readonly directOrIndirect?: string;
  readonly beneficialOwnershipOrControl?: boolean;
  readonly details?: string;
  /** Percentages; exclusive bounds as numbers (0.2/0.3's boolean flags become these). */
  readonly share?: {
    readonly exact?: number;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly exclusiveMinimum?: number;
    readonly exclusiveMaximum?: number;
  };
  readonly startDate?: string;
  readonly endDate?: string;
}

/** An address as the importer keeps it (one line of text). */
export interface BodsAddress {
  readonly type?: string;
  readonly text: string;
}

/** What every BODS record says of itself, whatever it describes. */
interface BodsRecordHeader {
  /** 0.4 `recordStatus` (`new`, `updated`, `closed`) and `declarationSubject`, when given. */
  readonly status?: string;
  readonly declarationSubject?: string;
  readonly version: '0.2' | '0.3' | '0.4';
  /** 0.4 record id, or the statement id (0.2/0.3). */
  readonly key: string;
  readonly replaces: readonly string[];
  readonly closed: boolean;
  readonly provenance: BodsProvenance;
  readonly isComponent: boolean;
}

/** An entity or person statement. */
export interface BodsParty extends BodsRecordHeader {
  readonly kind: 'party';
  readonly isPerson: boolean;
  /** BODS' entity type (`registeredEntity`, `stateBody`) or person type (`knownPerson`). */
  readonly type: string;
  readonly subtype?: string;
  readonly names: readonly string[];
  readonly identifiers: readonly { readonly scheme: string; readonly id: string }[];
  readonly jurisdiction?: string;
  readonly addresses: readonly BodsAddress[];
  readonly nationalities: readonly string[];
  readonly foundingDate?: string;
  readonly dissolutionDate?: string;
  readonly birthDate?: string;
  readonly deathDate?: string;
  readonly unspecified?: { readonly reason: string; readonly description?: string };
  readonly pep?: string;
}

/** An ownership-or-control statement (0.2/0.3) or relationship record (0.4). */
export interface BodsRelationship extends BodsRecordHeader {
  readonly kind: 'relationship';
  readonly subject: BodsPartyRef;
  readonly interestedParty: BodsPartyRef;
  readonly interests: readonly BodsInterest[];
  readonly componentRecords: readonly string[];
}

/** A statement as the importer reads it. */
export type BodsRecord = BodsParty | BodsRelationship;

/** Keeps the entries whose value is defined (optional fields stay absent). */
export function present<T extends Record<string, unknown>>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
