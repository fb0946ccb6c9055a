// Entity kinds and fact types with counts, for legends and filters (every allowed one listed).
import {
  ENTITY_KINDS,
  FACT_TYPES,
  FACT_TYPE_NAMES,
  type EntityKind,
  type FactType,
  type TimeShape,
} from '../domain/vocabulary';
import { cypher } from '../neo4j/cypher-files';
import type { Neo4jGateway } from '../neo4j/gateway';

export interface SchemaStats {
  readonly entityKinds: readonly { kind: EntityKind; count: number }[];
  readonly factTypes: readonly {
    type: FactType;
    count: number;
    shape: TimeShape;
    label: string;
    verb: string;
  }[];
}

export async function readSchemaStats(gateway: Neo4jGateway): Promise<SchemaStats> {
  const [row] = await gateway.read(cypher('schema-stats'));
  const kinds = new Map(
    ((row?.kinds ?? []) as { kind: string; count: number }[]).map((k) => [k.kind, k.count]),
  );
  const types = new Map(
    ((row?.types ?? []) as { type: string; count: number }[]).map((t) => [t.type, t.count]),
  );
  return {
    entityKinds: ENTITY_KINDS.map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    factTypes: FACT_TYPE_NAMES.map((type) => ({
      type,
      count: types.get(type) ?? 0,
      shape: FACT_TYPES[type].shape,
      label: FACT_TYPES[type].label,
      verb: FACT_TYPES[type].verb,
    })),
  };
}
