// The graph "as known on" a day (record time, not valid time): which version of each entity and
// fact the product held at the end of that day (UTC), from the revisions written since. Pure.
//
// The rule (authoring-spec, "As known on a day"): a record as known on D is, if a revision of
// it exists with `at` after D, the `before` of the earliest such revision (null: not yet
// recorded); else the current record if its `recordedAt` is on or before D or it has none.
import type { Entity, Fact, GraphEdge, GraphNode, SerializedGraph } from './model';
import { isIsoDay } from './time';

/** A revision row as the overlay reads it: one per revision written after the day. */
export interface RevisionAfter {
  readonly seq: number;
  readonly target: string;
  readonly targetId: string;
  /** JSON text of the whole wire record before the revision; null when it did not exist. */
  readonly before: string | null;
}

/** What changed since the day: for each record, its state then (undefined key: unchanged). */
export interface KnownOverlay {
  /** Entities by id: their wire node then, or null when not yet recorded. */
  readonly entities: ReadonlyMap<string, GraphNode | null>;
  /** Facts by id: their wire edge then, or null when not yet recorded. */
  readonly facts: ReadonlyMap<string, GraphEdge | null>;
}

/**
 * The first instant after day `known` (`YYYY-MM-DD`), as ISO 8601 UTC text: a revision or a
 * record with `at`/`recordedAt` at or after it was not known on that day. Throws RangeError for
 * text that is not a calendar day.
 */
export function knownBefore(known: string): string {
  if (!isIsoDay(known)) throw new RangeError(`invalid known day: ${known}`);
  const next = new Date(`${known}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const texts = (o: Json, keys: readonly string[]): boolean =>
  keys.every((k) => typeof o[k] === 'string');

/**
 * A wire entity (JSON text of a revision's `before`, written by the server from the wire
 * schema) as a graph node; null when it does not have an entity's fields.
 */
export function nodeOfSnapshot(json: string): GraphNode | null {
  const o = safeJson(json);
  if (!isObject(o) || !texts(o, ['id', 'kind', 'name']) || !Array.isArray(o.aliases)) return null;
  const { id, ...attributes } = o as unknown as Entity;
  return { key: id, attributes };
}

/**
 * A wire fact (JSON text of a revision's `before`, written by the server from the wire schema)
 * as a graph edge; null when it does not have a fact's fields.
 */
export function edgeOfSnapshot(json: string): GraphEdge | null {
  const o = safeJson(json);
  const shaped =
    isObject(o) &&
    texts(o, ['id', 'type', 'subject', 'object']) &&
    isObject(o.time) &&
    isObject(o.attributes) &&
    Array.isArray(o.sources);
  if (!shaped) return null;
  const { id, subject, object, ...attributes } = o as unknown as Fact;
  return { key: id, source: subject, target: object, attributes };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The overlay from the revisions written after the day, in any order: per record, the `before`
 * of its earliest one (lowest `seq`). Revisions of files and sources are not records of the
 * graph drawn and are left out; a snapshot that does not read as its wire shape counts as not
 * recorded.
 */
export function knownOverlay(revisions: readonly RevisionAfter[]): KnownOverlay {
  const earliest = new Map<string, RevisionAfter>();
  for (const r of revisions) {
    if (r.target !== 'entity' && r.target !== 'fact') continue;
    const key = `${r.target}\u0000${r.targetId}`;
    const seen = earliest.get(key);
    if (!seen || r.seq < seen.seq) earliest.set(key, r);
  }
  const entities = new Map<string, GraphNode | null>();
  const facts = new Map<string, GraphEdge | null>();
  for (const r of earliest.values()) {
    if (r.target === 'entity')
      entities.set(r.targetId, r.before === null ? null : nodeOfSnapshot(r.before));
    else facts.set(r.targetId, r.before === null ? null : edgeOfSnapshot(r.before));
  }
  return { entities, facts };
}

/** Whether the overlay changes nothing (no revision after the day). */
export function isEmptyOverlay(overlay: KnownOverlay): boolean {
  return overlay.entities.size === 0 && overlay.facts.size === 0;
}

/**
 * A graph read as it is now (records recorded after the day already left out by the read) as
 * known on the day: changed records replaced by their state then, records not yet recorded
 * dropped, records removed since (retracted facts, merged entities) put back when `extend`
 * says they belong (by default: every one). Facts whose ends are not both in the answer are
 * dropped; sources stay as given.
 */
export function graphAsKnown(
  graph: SerializedGraph,
  overlay: KnownOverlay,
  extend: {
    readonly node?: (node: GraphNode) => boolean;
    readonly edge?: (edge: GraphEdge) => boolean;
  } = {},
): SerializedGraph {
  const nodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    const then = overlay.entities.get(n.key);
    if (then === undefined) nodes.set(n.key, n);
    else if (then !== null) nodes.set(n.key, then);
  }
  for (const [id, then] of overlay.entities) {
    if (then && !nodes.has(id) && (extend.node?.(then) ?? true)) nodes.set(id, then);
  }
  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const then = overlay.facts.get(e.key);
    if (then === undefined) edges.set(e.key, e);
    else if (then !== null) edges.set(e.key, then);
  }
  for (const [id, then] of overlay.facts) {
    if (then && !edges.has(id) && (extend.edge?.(then) ?? true)) edges.set(id, then);
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { ...graph, nodes: [...nodes.values()], edges: kept };
}

/** Entity ids the overlay's restored facts name that `have` does not hold (to read them). */
export function missingEnds(edges: readonly GraphEdge[], have: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const e of edges) for (const x of [e.source, e.target]) if (!have.has(x)) out.add(x);
  return [...out];
}
