// Pairs of entities that may be one thing: the same normalised name or alias, or the same
// external id (an LEI, a Wikidata item, a registration number). Pure. Only suggestions: nothing
// is merged without a person (the merge endpoint).
import { LIMITS } from './limits';
import { searchableText } from './text-policy';

/** An entity as the candidate search reads it. */
export interface CandidateEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Imported attributes (FtM properties, BODS `identifiers`), where external ids are. */
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** How many facts touch it; the better-connected entity is suggested as the one kept. */
  readonly degree?: number;
}

/** Why two entities are suggested: the kind of match and the normalised value they share. */
export interface CandidateReason {
  readonly match: 'name' | 'alias' | 'externalId';
  readonly value: string;
}

/** A suggested merge: `from` into `into`, with every reason found. */
export interface CandidatePair {
  readonly into: string;
  readonly from: string;
  readonly reasons: readonly CandidateReason[];
}

/**
 * The form two names are compared in: the searchable text (text-policy: NFC, format characters
 * removed, NFKC), decomposed (NFKD) with combining marks removed (so "Hermès" = "Hermes"),
 * lower case, every run of non-letters and non-digits one space, trimmed.
 */
export function matchKey(text: string): string {
  return searchableText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * FollowTheMoney properties that hold an identifier, by the scheme they name. BODS gives
 * `identifiers` as `SCHEME id` texts (bods-entities.ts); its schemes are mapped in `BODS_SCHEMES`.
 */
const FTM_ID_PROPERTIES: Readonly<Record<string, string>> = {
  leiCode: 'lei',
  wikidataId: 'wikidata',
  registrationNumber: 'registration',
  innCode: 'inn',
  ogrnCode: 'ogrn',
  swiftBic: 'bic',
  dunsCode: 'duns',
  icijId: 'icij',
  opencorporatesUrl: 'opencorporates',
  taxNumber: 'tax',
  vatCode: 'vat',
  passportNumber: 'passport',
};

/** BODS identifier schemes (org-id.guide codes) mapped to the same names as FtM's. */
const BODS_SCHEMES: Readonly<Record<string, string>> = {
  'XI-LEI': 'lei',
  'XI-WIKIDATA': 'wikidata',
};

const textsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/**
 * An entity's external ids as `scheme:value` (value upper case, spaces removed): FtM id
 * properties, BODS `identifiers`, and its own id when that is a Wikidata item (`Q42`).
 */
export function externalIds(e: CandidateEntity): string[] {
  const out = new Set<string>();
  const add = (scheme: string, value: string): void => {
    const v = value.replace(/\s+/g, '').toUpperCase();
    if (v.length > 0) out.add(`${scheme}:${v}`);
  };
  const attributes = e.attributes ?? {};
  for (const [property, scheme] of Object.entries(FTM_ID_PROPERTIES))
    for (const v of textsOf(attributes[property])) add(scheme, v);
  for (const text of textsOf(attributes.identifiers)) {
    const space = text.indexOf(' ');
    if (space <= 0) continue;
    const scheme = text.slice(0, space).toUpperCase();
    add(BODS_SCHEMES[scheme] ?? scheme.toLowerCase(), text.slice(space + 1));
  }
  if (/^Q[1-9]\d*$/.test(e.id)) add('wikidata', e.id);
  return [...out];
}

const STRENGTH: Readonly<Record<CandidateReason['match'], number>> = {
  externalId: 0,
  name: 1,
  alias: 2,
};

/**
 * Suggested pairs among `entities`: the same external id (any kinds), or, within one kind, the
 * same normalised name (`name`) or a name of one equal to an alias of the other or a shared
 * alias (`alias`). A value shared by more than `maxGroup` entities (a common word) suggests
 * nothing. The better-connected entity is `into` (then the lower id). Strongest first (external
 * id, name, alias), then by ids; at most `limit` pairs.
 */
export function mergeCandidates(
  entities: readonly CandidateEntity[],
  limit: number,
  maxGroup: number = LIMITS.mergeCandidateGroup,
): CandidatePair[] {
  const groups = new Map<string, { reason: CandidateReason; members: Set<number> }>();
  const put = (key: string, reason: CandidateReason, index: number): void => {
    const g = groups.get(key) ?? { reason, members: new Set<number>() };
    g.members.add(index);
    groups.set(key, g);
  };
  entities.forEach((e, i) => {
    for (const x of externalIds(e)) put(`x\u0000${x}`, { match: 'externalId', value: x }, i);
    const name = matchKey(e.name);
    if (name !== '') put(`n\u0000${e.kind}\u0000${name}`, { match: 'name', value: name }, i);
    for (const alias of new Set([name, ...e.aliases.map(matchKey)]))
      if (alias !== '') put(`a\u0000${e.kind}\u0000${alias}`, { match: 'alias', value: alias }, i);
  });
  const pairs = new Map<string, { into: string; from: string; reasons: CandidateReason[] }>();
  for (const { reason, members } of groups.values()) {
    if (members.size < 2 || members.size > maxGroup) continue;
    const list = [...members].map((i) => entities[i]).filter((e) => e !== undefined);
    list.forEach((first, i) =>
      list.slice(i + 1).forEach((second) => {
        const [into, from] = order(first, second);
        const key = `${into.id}\u0000${from.id}`;
        const pair = pairs.get(key) ?? { into: into.id, from: from.id, reasons: [] };
        const dup = pair.reasons.some((r) => r.match === reason.match && r.value === reason.value);
        // A shared name is also a shared "alias" group; the name says it better.
        const covered = reason.match === 'alias' && pair.reasons.some((r) => r.match === 'name');
        if (!dup && !covered) pair.reasons.push(reason);
        if (reason.match === 'name')
          pair.reasons = pair.reasons.filter(
            (r) => !(r.match === 'alias' && r.value === reason.value),
          );
        pairs.set(key, pair);
      }),
    );
  }
  const best = (p: CandidatePair): number => Math.min(...p.reasons.map((r) => STRENGTH[r.match]));
  return [...pairs.values()]
    .map((p) => ({
      ...p,
      reasons: [...p.reasons].sort((a, b) => STRENGTH[a.match] - STRENGTH[b.match]),
    }))
    .sort(
      (a, b) => best(a) - best(b) || a.into.localeCompare(b.into) || a.from.localeCompare(b.from),
    )
    .slice(0, limit);
}

function order(a: CandidateEntity, b: CandidateEntity): [CandidateEntity, CandidateEntity] {
  const da = a.degree ?? 0;
  const db = b.degree ?? 0;
  if (da !== db) return da > db ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}
