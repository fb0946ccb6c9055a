// Import drafts as the rows the write queries take: entities (with implied ones), facts (with
// their time fields and own citations), and what every fact of one file shares.
import type { Fact } from '../domain/model';
import {
  CITATION_LIST_KEYS,
  citationListProperties,
  factToProperties,
} from '../domain/fact-record';
import { saidByText } from '../domain/said-by';
import { ENTITY_OWN_KEYS, storedAttributeName } from '../domain/storage-names';
import { aliasSearchText } from '../domain/text-policy';
import { withIntegers } from '../neo4j/typed-values';
import { attributeKey } from './fact-query';
import { claimFactId, factId } from './ids';
import type { EntityDraft, FactDraft } from './types';

/** One row of an `UNWIND $rows` write query, by parameter name. */
export type Row = Record<string, unknown>;

/**
 * An entity draft as the row `import-entities.cypher` takes (kind, attributes; the kinds to
 * remove are added to the rows that are relabelled, stored-plan.ts).
 */
export function entityRow(entity: EntityDraft, file: string): Row {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases,
    aliasText: aliasSearchText(entity.name, entity.aliases),
    summary: entity.summary ?? null,
    sourceType: entity.sourceType ?? null,
    originalId: entity.originalId ?? null,
    file,
    labels: entity.labels ?? [],
    saidBy: entity.saidBy ? saidByText(entity.saidBy) : null,
    extra: withIntegers(entity.extra, entity.integers, (n) =>
      storedAttributeName(n, ENTITY_OWN_KEYS),
    ),
  };
}

/**
 * A fact's own citations and claim, when its file carries them or says more of its citation of
 * the file (`citation`); else the batch's apply.
 */
function ownCitations(fact: FactDraft, sourceId: string): Row {
  const sources =
    fact.sources ?? (fact.citation ? [{ source: sourceId, ...fact.citation }] : undefined);
  return {
    claim: fact.claim ?? null,
    ...(sources
      ? {
          sourceIds: [...new Set(sources.map((c) => c.source))],
          citations: JSON.stringify(sources),
          ...citationListProperties(sources),
        }
      : {}),
  };
}

/**
 * What one mention of an implied entity says, as a key: its id, or for a described mention (an
 * edge list's mapped name or attributes) its id, name, kind and attributes. Mentions with the
 * same key are written once per import (the write pass and `--bulk` alike).
 */
export function impliedMention(entity: EntityDraft): string {
  if (entity.described !== true) return entity.id;
  return JSON.stringify([entity.id, entity.name, entity.kind, entity.extra]);
}

/** An implied entity's row: described ones carry their name as an alias for a stored entity. */
export function impliedRow(entity: EntityDraft, file: string): Row {
  return { ...entityRow(entity, file), alias: entity.described === true ? entity.name : null };
}

/** The parameters every fact of one file shares: its dataset source and the file's name. */
export function sharedFactParams(sourceId: string, file: string): Row {
  return {
    sourceIds: [sourceId],
    citations: JSON.stringify([{ source: sourceId }]),
    ...citationListProperties([{ source: sourceId }]),
    file,
  };
}

/** A fact's time fields as stored (`atDate`, ...): what differs from row to row. */
export function timeProps(fact: Fact, file: string): Row {
  const props = factToProperties({ ...fact, attributes: {} }, file);
  return Object.fromEntries(Object.entries(props).filter(([key]) => !SHARED_KEYS.has(key)));
}

/** Properties the batch sends once (`sharedFactParams`) or the row has elsewhere (`id`). */
const SHARED_KEYS: ReadonlySet<string> = new Set([
  'id',
  'sourceIds',
  'citations',
  ...CITATION_LIST_KEYS,
  'file',
]);

/** True when a fact keeps its file's own id (the product's export), not one from its Source. */
export function keepsOwnId(fact: FactDraft): fact is FactDraft & { key: string } {
  return fact.sources !== undefined && fact.key !== undefined;
}

/** True when a fact's id is its claim's, the same from every file (it may already be stored). */
export function sharesClaimId(fact: FactDraft): fact is FactDraft & { claim: string } {
  return fact.claimAcrossFiles === true && fact.claim !== undefined;
}

/** A fact's id: its file's own, its claim's (`sharesClaimId`), else one within its Source. */
function rowId(fact: FactDraft, sourceId: string): string {
  if (keepsOwnId(fact)) return fact.key;
  const typed = { ...fact, type: fact.type.name };
  return sharesClaimId(fact) ? claimFactId(fact.claim, typed) : factId(sourceId, typed);
}

/**
 * A fact as the row the facts query takes: {id, type, subject, object, props (time fields and,
 * when the file carries them, its own citations and claim), attributes (by stored name)}. A
 * file that carries the product's citations is its own export: its ids are kept.
 */
export function factRow(fact: FactDraft, sourceId: string, file: string): Row {
  const id = rowId(fact, sourceId);
  const record: Fact = {
    id,
    type: fact.type.name,
    subject: fact.subject,
    object: fact.object,
    time: fact.time,
    attributes: fact.attributes,
    sources: [{ source: sourceId }],
  };
  return {
    id,
    type: fact.type.name,
    subject: fact.subject,
    object: fact.object,
    props: { ...timeProps(record, file), ...ownCitations(fact, sourceId) },
    attributes: withIntegers(fact.attributes, fact.integers, attributeKey),
  };
}
