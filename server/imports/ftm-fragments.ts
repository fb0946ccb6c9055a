// FollowTheMoney fragments: records with one id are parts of one entity (FtM's own
// aggregation). Merged as FtM merges them: every name kept (the first as the name, the
// others as aliases), properties unioned, the more specific kind kept.
import type { AttributeValue } from '../domain/model';
import type { EntityDraft } from './types';

function union(a: AttributeValue, b: AttributeValue): AttributeValue {
  const list = (v: AttributeValue): string[] =>
    Array.isArray(v) ? (v as readonly string[]).map(String) : [String(v)];
  const distinct = [...new Set([...list(a), ...list(b)])];
  if (distinct.length === 1) return a;
  // Neo4j lists hold one type: a merged list holds text.
  return distinct;
}

/** Two fragments of one entity as one: names, aliases and properties of both. */
export function mergeFragments(a: EntityDraft, b: EntityDraft): EntityDraft {
  const names = [a.name, ...a.aliases, b.name, ...b.aliases].filter((n) => n.trim() !== '');
  const name = a.name === a.id && b.name !== b.id ? b.name : a.name;
  const extra: Record<string, AttributeValue> = { ...a.extra };
  for (const [key, value] of Object.entries(b.extra)) {
    const mine = extra[key];
    extra[key] = mine === undefined ? value : union(mine, value);
  }
  const integers = [...new Set([...(a.integers ?? []), ...(b.integers ?? [])])];
  const summary = a.summary ?? b.summary;
  const sourceType =
    a.sourceType && b.sourceType && a.sourceType !== b.sourceType
      ? `${a.sourceType};${b.sourceType}`
      : (a.sourceType ?? b.sourceType);
  return {
    ...a,
    kind: a.kind === 'Other' ? b.kind : a.kind,
    name,
    aliases: [...new Set(names)].filter((n) => n !== name),
    ...(summary !== undefined ? { summary } : {}),
    ...(sourceType !== undefined ? { sourceType } : {}),
    extra,
    ...(integers.length > 0 ? { integers } : {}),
  };
}
