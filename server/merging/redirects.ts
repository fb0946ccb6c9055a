// Where ids merged away lead while their merge stands: B's id reads as A's on the entity page,
// in neighbourhoods and in embeds' views.
import { redirectOf } from '../domain/merge-plan';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** Chains followed at most (B into A, A into C, ...): each step is one query. */
const MAX_STEPS = 8;

/**
 * The ids merged into `id` by standing merges, following chains (C into B into A: B and C for A),
 * at most MAX_STEPS deep; empty when nothing was merged into it. Issue 16: B's history moves
 * with B.
 */
export async function readMergedFrom(gateway: QueryRunner, id: string): Promise<string[]> {
  const found = new Set<string>([id]);
  let ask = [id];
  for (let step = 0; step < MAX_STEPS && ask.length > 0; step += 1) {
    const rows = await gateway.run('merged-from', { ids: ask });
    ask = rows.map((r) => asText(r.from)).filter((from) => !found.has(from));
    for (const from of ask) found.add(from);
  }
  found.delete(id);
  return [...found];
}

/**
 * For each of `ids` merged away (by a standing merge), the id it leads to now, following
 * chains; ids not merged away are left out of the answer.
 */
export async function readRedirects(
  gateway: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const into = new Map<string, string>();
  let ask = [...new Set(ids)];
  for (let step = 0; step < MAX_STEPS && ask.length > 0; step += 1) {
    const rows = await gateway.run('merge-redirects', { ids: ask });
    const next: string[] = [];
    for (const r of rows) {
      const from = asText(r.from);
      const to = asText(r.into);
      if (into.has(from)) continue;
      into.set(from, to);
      if (!into.has(to)) next.push(to);
    }
    ask = next;
  }
  const answer = new Map<string, string>();
  for (const id of ids) {
    const to = redirectOf(id, into);
    if (to !== id) answer.set(id, to);
  }
  return answer;
}
