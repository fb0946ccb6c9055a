// How a value of a Cypher answer reads in the Query panel's table: an entity as its name and
// kind, a fact as its type with its id, a list as a list, a map as key–value pairs, text as
// text. Built with textContent only.
import { el } from './dom';

interface NodeValue {
  readonly labels: readonly string[];
  readonly properties: Record<string, unknown>;
}
interface RelationshipValue {
  readonly type: string;
  readonly properties: Record<string, unknown>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isNode = (v: unknown): v is NodeValue =>
  isObject(v) && Array.isArray(v.labels) && isObject(v.properties);

const isRelationship = (v: unknown): v is RelationshipValue =>
  isObject(v) && typeof v.type === 'string' && isObject(v.properties) && !('labels' in v);

/** A scalar as text: strings as they are, numbers and booleans written out, null empty. */
function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A node: its name (or id) and its labels other than Entity, e.g. "Gucci · Brand". */
function nodeCell(node: NodeValue): HTMLElement {
  const p = node.properties;
  const name = scalarText(p.name ?? p.title ?? p.id ?? '');
  const kinds = node.labels.filter((l) => l !== 'Entity').join(', ');
  return el(
    'span',
    { className: 'q-node', attrs: { title: scalarText(p.id) } },
    el('strong', { text: name, attrs: { dir: 'auto' } }),
    el('span', { className: 'meta', text: kinds ? ` · ${kinds}` : '' }),
  );
}

/** A relationship: its type, and its id when it has one (a fact). */
function relationshipCell(rel: RelationshipValue): HTMLElement {
  const id = scalarText(rel.properties.id);
  return el(
    'span',
    { className: 'q-rel' },
    el('code', { text: rel.type }),
    el('span', { className: 'meta', text: id ? ` ${id}` : '' }),
  );
}

/** The DOM of one answer value, nested lists and maps included. */
export function cellContent(value: unknown): Node {
  if (isNode(value)) return nodeCell(value);
  if (isRelationship(value)) return relationshipCell(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return el('span', { className: 'meta', text: 'empty list' });
    return el('ol', { className: 'q-list' }, ...value.map((v) => el('li', {}, cellContent(v))));
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return el('span', { className: 'meta', text: 'empty map' });
    return el(
      'dl',
      { className: 'q-map' },
      ...entries.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, cellContent(v))]),
    );
  }
  return document.createTextNode(scalarText(value));
}
