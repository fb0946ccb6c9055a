// BODS parties as entities: entity and person statements with their names, aliases,
// identifiers (kept as attributes and, `SCHEME id`, as aliases so search finds them),
// jurisdiction and addresses; unknown and anonymous persons kept as BODS says them.
import type { AttributeValue } from '../domain/model';
import type { EntityKind } from '../domain/vocabulary';
import type { BodsParty, BodsProvenance } from './bods-record';
import { entityId } from './ids';
import type { EntityDraft } from './types';

/** BODS entity types onto the product's kinds (BODS 0.4 `entityType.type`, 0.2/0.3 `entityType`). */
const ENTITY_KINDS: Readonly<Record<string, EntityKind>> = {
  registeredEntity: 'Company',
  legalEntity: 'Organization',
  state: 'Organization',
  stateBody: 'Organization',
  arrangement: 'Other',
  anonymousEntity: 'Other',
  unknownEntity: 'Other',
};

/** The entity id of a BODS record key (a 0.4 record id, a 0.2/0.3 statement id). */
export function bodsEntityId(key: string): string {
  return entityId(`bods-${key}`).id;
}

/** A BODS code (`noBeneficialOwners`, `no-beneficial-owners`) in plain words. */
export function codeWords(code: string): string {
  return code
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

/** Statement provenance as attributes (`bodsStatementId`, `publisher`, `sourceUrl`, ...). */
export function provenanceAttributes(p: BodsProvenance): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = { bodsStatementId: p.statementId };
  const put = (name: string, value: AttributeValue | undefined): void => {
    if (value !== undefined) out[name] = value;
  };
  put('bodsStatementDate', p.statementDate);
  put('publisher', p.publisher);
  put('publicationDate', p.publicationDate);
  put('license', p.license);
  put('sourceType', p.sourceType ? [...p.sourceType] : undefined);
  put('sourceDescription', p.sourceDescription);
  put('sourceUrl', p.sourceUrl);
  put('retrievedAt', p.retrievedAt);
  put('assertedBy', p.assertedBy ? [...p.assertedBy] : undefined);
  return out;
}

/** The name of a party that has none: what BODS says of it, never an invented name. */
function unnamed(party: BodsParty): string {
  const what = party.isPerson ? 'person' : 'entity';
  const type =
    party.type === 'anonymousPerson' || party.type === 'anonymousEntity' ? 'Anonymous' : 'Unknown';
  const reason = party.unspecified ? ` (${codeWords(party.unspecified.reason)})` : '';
  return `${type} ${what}${reason}`;
}

/** The entity a party's current statement makes; `earlier` are its replaced statement ids. */
export function partyEntity(
  key: string,
  party: BodsParty,
  earlier: readonly string[],
): EntityDraft {
  const identifiers = party.identifiers.map((i) =>
    i.scheme === '' ? i.id : `${i.scheme} ${i.id}`,
  );
  const name = party.names[0] ?? unnamed(party);
  const extra: Record<string, AttributeValue> = {
    bodsVersion: party.version,
    bodsRecordId: key,
    bodsType: party.type,
    ...provenanceAttributes(party.provenance),
  };
  const put = (attribute: string, value: AttributeValue | undefined): void => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      extra[attribute] = value;
  };
  put('entitySubtype', party.subtype);
  put('identifiers', identifiers);
  put('jurisdiction', party.jurisdiction);
  put(
    'addresses',
    party.addresses.map((a) => (a.type ? `${a.type}: ${a.text}` : a.text)),
  );
  put('nationalities', [...party.nationalities]);
  put('foundingDate', party.foundingDate);
  put('dissolutionDate', party.dissolutionDate);
  put('birthDate', party.birthDate);
  put('deathDate', party.deathDate);
  put('politicalExposure', party.pep);
  put('unspecifiedReason', party.unspecified?.reason);
  put('unspecifiedDescription', party.unspecified?.description);
  put('isComponent', party.isComponent ? true : undefined);
  put('bodsRecordStatus', party.closed ? 'closed' : undefined);
  put('bodsEarlierStatements', [...earlier]);
  const { id, originalId } = entityId(`bods-${key}`);
  return {
    id,
    kind: party.isPerson ? 'Person' : (ENTITY_KINDS[party.type] ?? 'Other'),
    name,
    aliases: [...new Set([...party.names.slice(1), ...identifiers])].filter((a) => a !== name),
    summary: [codeWords(party.type), party.jurisdiction].filter(Boolean).join(', '),
    sourceType: party.subtype ? `${party.type}/${party.subtype}` : party.type,
    ...(originalId !== undefined ? { originalId } : {}),
    extra,
  };
}

/**
 * The entity a relationship names but the file does not describe: a record described
 * elsewhere (left alone when stored), or a party the statement leaves unspecified.
 */
export function placeholderEntity(
  ref: { ref: string } | { unspecified: { reason: string; description?: string } },
  statementId: string,
  role: 'subject' | 'interestedParty',
): EntityDraft {
  if ('ref' in ref) {
    return {
      id: bodsEntityId(ref.ref),
      kind: 'Other',
      name: `BODS record ${ref.ref}`,
      aliases: [],
      summary: 'named by a BODS relationship, described in another file',
      sourceType: 'bodsRecord',
      extra: { bodsRecordId: ref.ref },
    };
  }
  const { reason, description } = ref.unspecified;
  const who = role === 'subject' ? 'subject' : 'interested party';
  return {
    id: entityId(`bods-unspecified-${statementId}-${role}`).id,
    kind: 'Other',
    name: `Unspecified ${who} (${codeWords(reason)})`,
    aliases: [],
    summary: description ?? `BODS gives no ${who} here: ${codeWords(reason)}`,
    sourceType: 'unspecified',
    extra: {
      unspecifiedReason: reason,
      ...(description !== undefined ? { unspecifiedDescription: description } : {}),
      bodsStatementId: statementId,
    },
  };
}
