// What changed between two days, each change with its facts, a sentence and its sources.
import type { ChangeItem, Changes } from '../domain/api';
import { changesBetween } from '../domain/changes';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { describePoint, factSentence } from '../domain/sentences';
import type { QueryRunner } from '../neo4j/query-runner';
import { readSources, readStateFacts } from './graph-service';
import { nodeOf } from './rows';

export type { ChangeItem, Changes };

/**
 * State facts that began or ended between two days (YYYY-MM-DD), each with a sentence and its
 * sources; state types and verbs from the app's `factTypes` (refreshed from the database first).
 */
export async function readChanges(
  gateway: QueryRunner,
  from: string,
  to: string,
  factTypes: FactTypeRegistry,
): Promise<Changes> {
  const edges = await readStateFacts(gateway, factTypes);
  const found = changesBetween(edges, from, to, factTypes);
  const involved = found.flatMap((c) => c.edges);
  const [entityRows, sources] = await Promise.all([
    gateway.run('entities-by-id', {
      ids: [...new Set(involved.flatMap((e) => [e.source, e.target]))],
    }),
    readSources(gateway, involved),
  ]);
  const names = new Map(entityRows.map((r) => [nodeOf(r).key, nodeOf(r).attributes.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const changes = found.map((c): ChangeItem => {
    const first = c.edges[0];
    const type = first?.attributes.type ?? 'MEMBER_OF';
    const subject = first?.source ?? '';
    const object = first?.target ?? '';
    const plain = factSentence({ type, subject, object, time: {} }, nameOf, factTypes).replace(
      /\.$/,
      '',
    );
    const when = describePoint(c.time);
    return {
      claim: c.claim,
      change: c.change,
      type,
      subject,
      object,
      time: c.time,
      when,
      certain: c.certain,
      sentence: `${c.change === 'began' ? 'Began' : 'Ended'} ${when}${c.certain ? '' : ' (possibly outside the range)'}: ${plain}.`,
      facts: c.edges.map((e) => e.key),
      sources: [...new Set(c.edges.flatMap((e) => e.attributes.sources.map((s) => s.source)))],
    };
  });
  return { from, to, changes, sources };
}
