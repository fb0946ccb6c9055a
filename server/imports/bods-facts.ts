// BODS relationships as facts: each interest of the current statement is one fact from the
// interested party to the subject (`OWNS` for a shareholding, `CONTROLS` for control, else
// `HAS_INTEREST_IN`), dated by the interest's start and end, with its share, directness,
// beneficial flag, the statement that says it and the earlier statements it replaced. A fact
// is one claim across files: a later file's statement of the record updates it.
import type { AttributeValue } from '../domain/model';
import type { FactTime, TimePoint } from '../domain/time';
import { bodsEntityId, codeWords, placeholderEntity, provenanceAttributes } from './bods-entities';
import type { BodsInterest, BodsPartyRef, BodsRelationship } from './bods-record';
import type { EntityDraft, FactDraft, FactTypeDraft } from './types';
import { timePointOf } from './values';

/** The fact types BODS interests become (OWNS is built in; the others are registered). */
export const BODS_FACT_TYPES = {
  owns: { name: 'OWNS', label: 'owns', verb: 'owns', shape: 'state' },
  controls: { name: 'CONTROLS', label: 'controls', verb: 'controls', shape: 'state' },
  interest: {
    name: 'HAS_INTEREST_IN',
    label: 'has interest in',
    verb: 'has an interest in',
    shape: 'state',
  },
} as const satisfies Record<string, FactTypeDraft>;

/** Interest types of control (0.4 codes and 0.2/0.3 ones, compared without case or hyphens). */
const CONTROL = new Set(
  [
    'votingrights',
    'appointmentofboard',
    'otherinfluenceorcontrol',
    'influenceorcontrol',
    'seniormanagingofficial',
    'settlor',
    'settlorofTrust',
    'trustee',
    'trusteeoftrust',
    'protector',
    'protectoroftrust',
    'otherinfluenceorcontroloftrust',
    'controlviacompanyrulesorarticles',
    'controlbylegalframework',
    'boardmember',
    'boardchair',
    'rightsgrantedbycontract',
    'conditionalrightsgrantedbycontract',
    'nominee',
    'nominator',
  ].map((t) => t.toLowerCase()),
);

/** The fact type of an interest type. */
export function interestFactType(type: string | undefined): FactTypeDraft {
  const plain = (type ?? '').replace(/[-_\s]/g, '').toLowerCase();
  if (plain === 'shareholding') return BODS_FACT_TYPES.owns;
  return CONTROL.has(plain) ? BODS_FACT_TYPES.controls : BODS_FACT_TYPES.interest;
}

/** A share in words: `50%`, `more than 25% up to 50%`, `at least 75%`. */
export function shareWords(share: BodsInterest['share']): string | undefined {
  if (!share) return undefined;
  if (share.exact !== undefined) return `${share.exact}%`;
  const low =
    share.exclusiveMinimum !== undefined
      ? `more than ${share.exclusiveMinimum}%`
      : share.minimum !== undefined
        ? `at least ${share.minimum}%`
        : undefined;
  const high =
    share.exclusiveMaximum !== undefined
      ? `under ${share.exclusiveMaximum}%`
      : share.maximum !== undefined
        ? `up to ${share.maximum}%`
        : undefined;
  const words = [low, high].filter(Boolean).join(' ');
  return words === '' ? undefined : words;
}

/** One interest's summary for the history of a fact: `2018-01-05 abc: shareholding 50%`. */
function historyLine(record: BodsRelationship, interest: BodsInterest | undefined): string {
  const p = record.provenance;
  const head = `${p.statementDate ?? 'undated'} statement ${p.statementId}`;
  if (!interest) return `${head}: no such interest`;
  const parts = [
    codeWords(interest.type ?? 'interest'),
    shareWords(interest.share),
    interest.startDate ? `from ${interest.startDate}` : undefined,
    interest.endDate ? `until ${interest.endDate}` : undefined,
  ].filter(Boolean);
  return `${head}: ${parts.join(' ')}`;
}

function point(value: string | undefined): TimePoint | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const p = timePointOf(value);
  return typeof p === 'string' ? undefined : p;
}

/** The interests' slots: `shareholding#0`, `votingRights#0`, one per interest of a type. */
function slots(interests: readonly BodsInterest[]): string[] {
  const seen = new Map<string, number>();
  return interests.map((i) => {
    const type = i.type ?? 'interest';
    const n = seen.get(type) ?? 0;
    seen.set(type, n + 1);
    return `${type}#${n}`;
  });
}

/** What a relationship's end becomes: its party's entity, or a placeholder when not in the file. */
interface End {
  readonly id: string;
  readonly implied?: EntityDraft;
}

/**
 * The facts a relationship record's current statement makes. `names.key` names the record in
 * its file, `names.claimKey` its claims across files (`BodsIndex.claimRootOf`; the record's key
 * by default): a claim is `bods:CLAIMKEY:SLOT:PARTY`, one per interest and interested party.
 */
export function relationshipFacts(
  names: { readonly key: string; readonly claimKey?: string },
  record: BodsRelationship,
  earlier: readonly BodsRelationship[],
  endOf: (ref: BodsPartyRef, role: 'subject' | 'interestedParty') => End,
): FactDraft[] {
  const { key, claimKey = names.key } = names;
  // A closed 0.4 record without interests of its own ends the ones its last statement gave.
  const previous = earlier[earlier.length - 1];
  const interests =
    record.interests.length > 0
      ? record.interests
      : record.closed && previous
        ? previous.interests
        : [];
  const list: readonly BodsInterest[] = interests.length > 0 ? interests : [{}];
  const subject = endOf(record.subject, 'subject');
  const party = endOf(record.interestedParty, 'interestedParty');
  const keys = slots(list);
  const earlierSlots = earlier.map((e) => ({ record: e, slots: slots(e.interests) }));
  return list.map((interest, i) => {
    const slot = keys[i] ?? `${i}`;
    const start = point(interest.startDate);
    const closedOn = record.closed
      ? point(record.provenance.statementDate?.slice(0, 10))
      : undefined;
    const end = point(interest.endDate) ?? closedOn;
    const time: FactTime = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
    const attributes: Record<string, AttributeValue> = {
      bodsVersion: record.version,
      bodsRecordId: key,
      ...provenanceAttributes(record.provenance),
    };
    const put = (name: string, value: AttributeValue | undefined): void => {
      if (value !== undefined && !(Array.isArray(value) && value.length === 0))
        attributes[name] = value;
    };
    put('interestType', interest.type);
    put('directOrIndirect', interest.directOrIndirect);
    put('beneficialOwnershipOrControl', interest.beneficialOwnershipOrControl);
    put('interestDetails', interest.details);
    put('share', shareWords(interest.share));
    put('shareExact', interest.share?.exact);
    put('shareMinimum', interest.share?.minimum);
    put('shareMaximum', interest.share?.maximum);
    put('shareExclusiveMinimum', interest.share?.exclusiveMinimum);
    put('shareExclusiveMaximum', interest.share?.exclusiveMaximum);
    put('isComponent', record.isComponent ? true : undefined);
    put('componentRecords', [...record.componentRecords]);
    put('bodsRecordStatus', record.closed ? 'closed' : undefined);
    // 0.2/0.3: the statements it replaces count too when another file holds them.
    put('bodsEarlierStatements', [
      ...new Set([...earlier.map((e) => e.provenance.statementId), ...record.replaces]),
    ]);
    put(
      'bodsHistory',
      earlierSlots.map((e) => historyLine(e.record, e.record.interests[e.slots.indexOf(slot)])),
    );
    const implied = [subject.implied, party.implied].filter((e): e is EntityDraft => !!e);
    return {
      type: interestFactType(interest.type),
      subject: party.id,
      object: subject.id,
      time,
      attributes,
      claim: `bods:${claimKey}:${slot}:${party.id}`,
      claimAcrossFiles: true,
      citation: {
        note: `BODS statement ${record.provenance.statementId}`,
        ...(record.provenance.publisher !== undefined ? { via: record.provenance.publisher } : {}),
      },
      key: `${key}:${slot}`,
      needsEnds: implied.length === 0,
      implied,
      endFields: ['interestedParty', 'subject'],
    } satisfies FactDraft;
  });
}

/** How a relationship's ends are found: parties of the file, else placeholders. */
export function endFinder(
  known: (key: string) => boolean,
  rootOf: (key: string) => string,
  statementId: string,
): (ref: BodsPartyRef, role: 'subject' | 'interestedParty') => End {
  return (ref, role) => {
    if ('ref' in ref) {
      const key = rootOf(ref.ref);
      if (known(key)) return { id: bodsEntityId(key) };
      return { id: bodsEntityId(key), implied: placeholderEntity({ ref: key }, statementId, role) };
    }
    const implied = placeholderEntity(ref, statementId, role);
    return { id: implied.id, implied };
  };
}
