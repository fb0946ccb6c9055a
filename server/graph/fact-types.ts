// The fact-type registry: types that imports bring live in the database as (:FactType) nodes,
// each with a uniqueness constraint on its facts' ids; an app's FactTypeRegistry learns them
// from there.
import { InvalidInputError } from '../errors';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import {
  FACT_TYPE_PATTERN,
  isBuiltInFactType,
  type NamedFactType,
  type TimeShape,
} from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';
import type { QueryRunner } from '../neo4j/query-runner';

/** A fact type as an import registers it, with the dataset it came from. */
export interface RegisteredFactType extends NamedFactType {
  readonly source: string;
}

/** The name of the constraint on one fact type's ids. */
export function constraintName(type: string): string {
  return `fact_id_${type.toLowerCase()}`;
}

/**
 * The uniqueness constraint on one fact type's ids. Schema commands take no parameters, so this
 * is the one statement built in code: the name is checked against the pattern right here.
 */
export function factIdConstraint(name: string): string {
  if (!FACT_TYPE_PATTERN.test(name)) {
    throw new InvalidInputError(`"${name}" is not a fact type name`, [
      { path: 'type', message: 'must be A-Z, 0-9 and "_", starting with a letter' },
    ]);
  }
  return `CREATE CONSTRAINT ${constraintName(name)} IF NOT EXISTS FOR ()-[r:${name}]-() REQUIRE r.id IS UNIQUE`;
}

/**
 * Registers fact types before facts of those types are written: a node each, a constraint
 * each (so MERGE on the fact id is backed by an index); `factTypes` (an app's registry), when
 * given, learns them at once. Built-in types are left alone.
 */
export async function registerFactTypes(
  gateway: Neo4jGateway,
  types: readonly RegisteredFactType[],
  factTypes?: FactTypeRegistry,
): Promise<void> {
  const fresh = types.filter((t) => !isBuiltInFactType(t.name));
  const [row] = await gateway.read(cypher('constraint-names'));
  const existing = new Set((row?.names as string[] | undefined) ?? []);
  const missing = fresh.filter((t) => !existing.has(constraintName(t.name)));
  await gateway.runSchema(missing.map((t) => factIdConstraint(t.name)));
  await gateway.write(cypher('register-fact-types'), {
    types: fresh.map(({ name, label, verb, shape, source }) => ({
      name,
      label,
      verb,
      shape,
      source,
    })),
  });
  factTypes?.learn(fresh);
}

function isShape(value: unknown): value is TimeShape {
  return value === 'event' || value === 'state';
}

/** The fact types registered in the database (`(:FactType)` nodes); malformed ones are skipped. */
export async function readFactTypes(gateway: QueryRunner): Promise<RegisteredFactType[]> {
  const rows = await gateway.run('fact-types');
  return rows.flatMap((r): RegisteredFactType[] => {
    const { name, label, verb, shape, source } = r;
    if (typeof name !== 'string' || !FACT_TYPE_PATTERN.test(name) || !isShape(shape)) return [];
    const text = (v: unknown): string => (typeof v === 'string' && v !== '' ? v : name);
    return [{ name, label: text(label), verb: text(verb), shape, source: text(source) }];
  });
}

/** Reads the registered fact types and teaches them to `factTypes` (an app's registry). */
export async function refreshFactTypes(
  gateway: QueryRunner,
  factTypes: FactTypeRegistry,
): Promise<RegisteredFactType[]> {
  const types = await readFactTypes(gateway);
  factTypes.learn(types);
  return types;
}
