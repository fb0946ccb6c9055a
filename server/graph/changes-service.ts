// What changed between two days, each change with its facts, a sentence and its sources.
import type { ChangeItem, Changes } from '../domain/api';
import { changesBetween } from '../domain/changes';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { describePoint, factSentence } from '../domain/sentences';
import type { QueryRunner } from '../neo4j/query-runner';
import type { GraphEdge } from '../domain/model';
import { readSources, readStateFacts } from './graph-service';
import { knownGraphOf, readStateFactsKnown, type KnownFacts } from './known-time';
import { nodeOf } from './rows';

export type { ChangeItem, Changes };

interface Named {
  readonly names: ReadonlyMap<string, string>;
  readonly sources: Changes['sources'];
}

/** The names of the entities `edges` touch and the sources they cite, now. */
async function namesNow(gateway: QueryRunner, edges: readonly GraphEdge[]): Promise<Named> {
  const [entityRows, sources] = await Promise.all([
    gateway.run('entities-by-id', {
      ids: [...new Set(edges.flatMap((e) => [e.source, e.target]))],
    }),
    readSources(gateway, edges),
  ]);
  return {
    names: new Map(entityRows.map((r) => [nodeOf(r).key, nodeOf(r).attributes.name])),
    sources,
  };
}

/** The same, as known then. */
function knownNames(then: KnownFacts, edges: readonly GraphEdge[]): Named {
  const graph = knownGraphOf(then, edges);
  return {
    names: new Map(graph.nodes.map((n) => [n.key, n.attributes.name])),
    sources: graph.attributes.sources,
  };
}

/**
 * State facts that began or ended between two days (YYYY-MM-DD), each with a sentence and its
 * sources; state types and verbs from the app's `factTypes` (refreshed from the database first).
 * With `known` (YYYY-MM-DD), from the facts and entities as recorded on that day.
 */
export async function readChanges(
  gateway: QueryRunner,
  from: string,
  to: string,
  factTypes: FactTypeRegistry,
  known?: string,
): Promise<Changes> {
  const then = known ? await readStateFactsKnown(gateway, factTypes, known) : undefined;
  const edges = then ? [...then.edges] : await readStateFacts(gateway, factTypes);
  const found = changesBetween(edges, from, to, factTypes);
  const involved = found.flatMap((c) => c.edges);
  const { names, sources } = then ? knownNames(then, involved) : await namesNow(gateway, involved);
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
