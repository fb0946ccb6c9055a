// FollowTheMoney records beside their properties: what a problem with a record is, the
// record fields FtM and OpenSanctions add (`datasets`, `referents`, `first_seen`, ...), and
// yente's delta records (`{"op": ..., "entity": ...}`).
import type { AttributeValue } from '../domain/model';

/** A problem with one record: the field, and which sweep it belongs to. */
export class LineProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly scope: 'record' | 'entity' | 'fact' = 'record',
  ) {
    super(message);
  }
}

/** Record fields of FtM (and OpenSanctions) beside `properties`, read as attributes. */
const META_FIELDS: Readonly<Record<string, string>> = {
  datasets: 'ftm_datasets',
  referents: 'ftm_referents',
  first_seen: 'ftm_first_seen',
  last_seen: 'ftm_last_seen',
  last_change: 'ftm_last_change',
  target: 'ftm_target',
};

/** The record fields beside `properties`, as attributes (`ftm_datasets`, ...). */
export function metaOf(record: Record<string, unknown>): Record<string, AttributeValue> {
  const meta: Record<string, AttributeValue> = {};
  for (const [field, name] of Object.entries(META_FIELDS)) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'boolean') meta[name] = value;
    else if (Array.isArray(value) && value.length > 0) meta[name] = value.map(String);
  }
  return meta;
}

/** A yente delta record (`{"op": "ADD" | "MOD" | "DEL", "entity": {...}}`): its entity. */
export function deltaEntity(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('op' in value)) return value;
  const { op, entity } = value as { op: unknown; entity?: { id?: unknown } };
  if (op === 'ADD' || op === 'MOD') return entity;
  const id = typeof entity?.id === 'string' ? ` of "${entity.id}"` : '';
  throw new LineProblem(
    'op',
    `is a yente delta record (${String(op)}${id}): deletions are not applied; import the full dataset instead`,
  );
}
