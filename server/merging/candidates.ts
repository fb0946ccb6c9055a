// Merge candidates from the database: entities read once (bounded), pairs found in memory by
// normalised name, alias and external id (server/domain/merge-candidates.ts).
import {
  mergeCandidates,
  type CandidateEntity,
  type CandidatePair,
} from '../domain/merge-candidates';
import { userAttributes, ENTITY_OWN_KEYS } from '../domain/storage-names';
import type { Row } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** Entities compared at most; a larger graph is compared on its first ones (`truncated`). */
export const CANDIDATE_SCAN = 200_000;

/** The candidate pairs: strongest first, at most `limit`; `entity` keeps pairs naming it. */
export interface CandidatesAnswer {
  readonly pairs: readonly (CandidatePair & { readonly names: readonly [string, string] })[];
  readonly truncated: boolean;
}

const candidateOf = (r: Row): CandidateEntity => ({
  id: asText(r.id),
  kind: asText(r.kind),
  name: asText(r.name),
  aliases: Array.isArray(r.aliases) ? r.aliases.map((a) => asText(a)) : [],
  attributes: userAttributes((r.props ?? {}) as Row, ENTITY_OWN_KEYS),
  degree: Number(r.degree ?? 0),
});

/**
 * Suggested merges (never made without a person): at most `limit` pairs, those naming
 * `entity` only when given, each with both names.
 */
export async function readMergeCandidates(
  gateway: QueryRunner,
  limit: number,
  entity?: string,
): Promise<CandidatesAnswer> {
  const rows = await gateway.run('merge-candidates', { limit: CANDIDATE_SCAN + 1 });
  const entities = rows.slice(0, CANDIDATE_SCAN).map(candidateOf);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const all = mergeCandidates(entities, entity ? Number.MAX_SAFE_INTEGER : limit);
  const pairs = (entity ? all.filter((p) => p.into === entity || p.from === entity) : all)
    .slice(0, limit)
    .map((p) => ({
      ...p,
      names: [names.get(p.into) ?? p.into, names.get(p.from) ?? p.from] as const,
    }));
  return { pairs, truncated: rows.length > CANDIDATE_SCAN };
}
