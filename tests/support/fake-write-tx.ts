// A write transaction for database-free tests: `run` answers each statement; counters stay 0.
import type { Params, Row, WriteTx } from '../../server/neo4j/gateway';

/** A WriteTx whose statements `run` answers (rows, or a rejection); its counters are all 0. */
export function fakeWriteTx(run: (query: string, params?: Params) => Promise<Row[]>): WriteTx {
  return {
    counters: {
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      nodesDeleted: 0,
      relationshipsDeleted: 0,
    },
    run,
  };
}
