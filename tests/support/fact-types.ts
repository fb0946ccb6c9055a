// A fact-type registry as an app builds it on start: the built-in types plus those the database
// holds as (:FactType) nodes, for tests that call services directly.
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';
import { refreshFactTypes } from '../../server/graph/fact-types';
import type { QueryRunner } from '../../server/neo4j/query-runner';

/** A new registry that has learned the fact types registered in the database. */
export async function storedFactTypes(gateway: QueryRunner): Promise<FactTypeRegistry> {
  const registry = new FactTypeRegistry();
  await refreshFactTypes(gateway, registry);
  return registry;
}
