// Entity kinds and fact types with counts, for legends and filters (every allowed one listed).
import type { SchemaAnswer } from '../domain/api';
import type { FactTypeRegistry } from '../domain/fact-type-registry';
import { ENTITY_KINDS } from '../domain/vocabulary';
import type { QueryRunner } from '../neo4j/query-runner';
import { refreshFactTypes } from './fact-types';

/** The schema answer: entity kinds and fact types with counts (`/api/schema`). */
export type SchemaStats = SchemaAnswer;

/**
 * Every entity kind, then the built-in fact types and those imports registered, with counts;
 * `factTypes` (the app's) learns the registered types on the way.
 */
export async function readSchemaStats(
  gateway: QueryRunner,
  factTypes: FactTypeRegistry,
): Promise<SchemaStats> {
  const [[row]] = await Promise.all([
    gateway.run('schema-stats'),
    refreshFactTypes(gateway, factTypes),
  ]);
  const kinds = new Map(
    ((row?.kinds ?? []) as { kind: string; count: number }[]).map((k) => [k.kind, k.count]),
  );
  const types = new Map(
    ((row?.types ?? []) as { type: string; count: number }[]).map((t) => [t.type, t.count]),
  );
  return {
    entityKinds: ENTITY_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    factTypes: factTypes.known().map(({ name, shape, label, verb }) => ({
      type: name,
      count: types.get(name) ?? 0,
      shape,
      label,
      verb,
    })),
  };
}
