// The API benchmark's operations: each an API path and the services themselves run over the raw
// driver through the QueryRunner seam, so the raw sequence is the services' own and cannot drift.
import neo4j, { type Driver, type Integer, type Record as DbRecord } from 'neo4j-driver';
import { readEntity } from '../../server/graph/entity';
import { readNeighbourhood } from '../../server/graph/neighbourhood';
import { findPaths } from '../../server/graph/paths';
import { searchEntities } from '../../server/graph/search';
import { parseInput } from '../../server/http/parse-input';
import { neighbourhoodQuery, pathsQuery, searchQuery } from '../../server/http/query-schemas';
import { cypher } from '../../server/neo4j/cypher-files';
import type { Row } from '../../server/neo4j/gateway';
import type { NamedQuery, ParamsArg, QueryRunner } from '../../server/neo4j/query-runner';
import { toPlain } from '../../server/neo4j/to-plain';
import { RecordingRunner, type RecordedCall } from '../support/recording-runner';
import type { FactTypeLookup } from '../../server/domain/fact-type-registry';

/**
 * The raw driver as a plain neo4j-driver user runs it: a session, a read transaction, close; no
 * gateway, no HTTP. As a QueryRunner it runs the services' own named queries.
 */
export class RawDb implements QueryRunner {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  /** Runs `cypher/NAME.cypher` in a read transaction; rows made plain as the gateway does. */
  async run<N extends NamedQuery>(name: N, ...params: ParamsArg<N>): Promise<Row[]> {
    const records = await this.query(cypher(name), params[0] ?? {});
    return records.map((r) => Object.fromEntries(r.keys.map((k) => [k, toPlain(r.get(k))])));
  }

  /** Runs a text query in a read transaction and returns the driver's records. */
  async query(text: string, params: Record<string, unknown> = {}): Promise<DbRecord[]> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return (await session.executeRead((tx) => tx.run(text, params))).records;
    } finally {
      await session.close();
    }
  }
}

/** The query (or hops) that answers each question, without the lookups around it. */
const CORE: ReadonlySet<NamedQuery> = new Set<NamedQuery>([
  'search',
  'entity-page',
  'expand',
  'shortest-path',
]);

/** Inputs: ids and words that exist, picked deterministically from the stored graph. */
export interface Targets {
  /** Entity pages: the two best-connected entities, then ordinary ones. */
  readonly entityIds: readonly string[];
  /** Ordinary entities (not the hubs), spread evenly over the degree ranking. */
  readonly ordinaryIds: readonly string[];
  readonly pairs: readonly (readonly [string, string])[];
  readonly queries: readonly string[];
}

/** One benchmarked API operation for input number i. */
export interface Operation {
  readonly name: string;
  /** Queries per request, as recorded from the service (the first input's). */
  roundTrips(): string;
  readonly inputs: number;
  path(i: number): string;
  /**
   * Runs the service for every input once through a recording wrapper around `gateway`, which
   * keeps the queries `core` replays; also a first warm-up.
   */
  record(gateway: QueryRunner): Promise<void>;
  /** Every query the service sends, in the same order and concurrency: the service itself. */
  raw(i: number): Promise<void>;
  /** Only the core queries the service sent for input i, replayed one after another. */
  core(i: number): Promise<void>;
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('no benchmark inputs');
  return item;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** An operation from its path and the service call that answers it. */
function operation(
  db: RawDb,
  name: string,
  inputs: number,
  path: (i: number) => string,
  service: (runner: QueryRunner, i: number) => Promise<unknown>,
): Operation {
  const recorded: RecordedCall[][] = [];
  return {
    name,
    inputs,
    path,
    roundTrips: () => {
      const calls = recorded[0] ?? [];
      return `${calls.length} (${calls.map((c) => c.query).join(', ')})`;
    },
    async record(gateway) {
      for (let i = 0; i < inputs; i += 1) {
        const recorder = new RecordingRunner({ inner: gateway });
        await service(recorder, i);
        recorded[i] = recorder.calls;
      }
    },
    async raw(i) {
      await service(db, i);
    },
    async core(i) {
      for (const call of at(recorded, i)) {
        if (!CORE.has(call.query)) continue;
        await db.query(cypher(call.query), { ...call.params });
      }
    },
  };
}

/** The operations measured, with the routes' own defaults (their input schemas). */
export function operations(db: RawDb, t: Targets, factTypes: FactTypeLookup): Operation[] {
  const id = (list: readonly string[], i: number): string => encodeURIComponent(at(list, i));
  const search = (q: string): string => `/api/search?q=${encodeURIComponent(q)}`;
  const nbh = (i: number, depth: number): string =>
    `/api/neighbourhood?ids=${id(t.ordinaryIds, i)}&depth=${depth}`;
  const paths = (i: number): string => {
    const [from, to] = at(t.pairs, i).map(encodeURIComponent);
    return `/api/paths?from=${from ?? ''}&to=${to ?? ''}&mode=shortest`;
  };
  /** The query string of a path as the route parses it (defaults filled in). */
  const query = (path: string): Record<string, string> =>
    Object.fromEntries(new URL(path, 'http://bench').searchParams);
  return [
    operation(
      db,
      'search',
      t.queries.length,
      (i) => search(at(t.queries, i)),
      (r, i) => {
        const q = parseInput(searchQuery, query(search(at(t.queries, i))), 'query');
        return searchEntities(r, q.q, q.limit, q.kinds ?? null);
      },
    ),
    operation(
      db,
      'entity',
      t.entityIds.length,
      (i) => `/api/entities/${id(t.entityIds, i)}`,
      (r, i) => readEntity(r, at(t.entityIds, i), factTypes),
    ),
    ...[1, 2].map((depth) =>
      operation(
        db,
        `neighbourhood depth ${depth}`,
        t.ordinaryIds.length,
        (i) => nbh(i, depth),
        (r, i) =>
          readNeighbourhood(r, parseInput(neighbourhoodQuery, query(nbh(i, depth)), 'query')),
      ),
    ),
    operation(db, 'shortest path', t.pairs.length, paths, (r, i) =>
      findPaths(r, parseInput(pathsQuery, query(paths(i)), 'query'), factTypes),
    ),
  ];
}

interface Ranked {
  readonly id: string;
  readonly name: string;
  readonly degree: number;
}

function pickEvenly<T>(items: readonly T[], count: number): T[] {
  const picked = new Set<T>();
  for (let k = 0; k < count; k += 1) {
    const item = items[Math.floor((k * items.length) / count)];
    if (item !== undefined) picked.add(item);
  }
  return [...picked];
}

/** What people type: the full name, the first four letters, and the first word with a typo. */
function searchWords(name: string): string[] {
  const word = name.split(/\s+/)[0] ?? name;
  const typo =
    word.length > 3 ? `${word.charAt(0)}${word.charAt(2)}${word.charAt(1)}${word.slice(3)}` : word;
  return unique([name, word.slice(0, 4), typo]);
}

/** Two hubs, 18 ordinary entities spread over the degree ranking, pairs of them, search texts. */
export async function pickTargets(db: RawDb): Promise<Targets> {
  const records = await db.query(
    'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, COUNT { (e)--() } AS degree ' +
      'ORDER BY degree DESC, id',
  );
  const ranked: Ranked[] = records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
    degree: (r.get('degree') as Integer).toNumber(),
  }));
  const hubs = ranked.slice(0, 2);
  const ordinary = pickEvenly(
    ranked.slice(2).filter((e) => e.degree > 0),
    18,
  );
  const ordinaryIds = ordinary.map((e) => e.id);
  const half = Math.ceil(ordinaryIds.length / 2);
  const pairs = ordinaryIds
    .map((id, i): [string, string] => [id, ordinaryIds[(i + half) % ordinaryIds.length] ?? id])
    .filter(([a, b]) => a !== b);
  return {
    entityIds: [...hubs.map((e) => e.id), ...ordinaryIds],
    ordinaryIds,
    pairs,
    queries: [...hubs, ...ordinary].slice(0, 6).flatMap((e) => searchWords(e.name)),
  };
}
