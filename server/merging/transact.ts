// One write transaction over the app's runner, for merges: the gateway's own, each named query
// run in it.
import { FeatureOffError } from '../errors';
import { cypher } from '../neo4j/cypher-files';
import { Neo4jGateway } from '../neo4j/gateway';
import type { NamedQuery, ParamsArg, QueryRunner } from '../neo4j/query-runner';
import type { Transact } from './merges';

/**
 * `Transact` over `runner` when it can write in transactions (a Neo4jGateway); otherwise one
 * that refuses every merge (403: the app was given a runner that only reads).
 */
export function transactOver(runner: QueryRunner): Transact {
  if (!(runner instanceof Neo4jGateway))
    return () => Promise.reject(new FeatureOffError('This server cannot write merges'));
  return (work) =>
    runner.writeTransaction((wtx) =>
      work({
        database: runner.database,
        run: <N extends NamedQuery>(name: N, ...params: ParamsArg<N>) =>
          wtx.run(cypher(name), params[0] ?? {}),
      }),
    );
}
