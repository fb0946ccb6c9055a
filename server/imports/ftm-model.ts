// FollowTheMoney's own schema model (the maintained `@alephdata/followthemoney` package ships
// it): which properties of a schema hold entities, so that each becomes a fact generically.
import { Model, defaultModel } from '@alephdata/followthemoney';

export interface EntityProperty {
  /** The property's name (`holder`, `entity`, `parent`). */
  readonly name: string;
  /** Its label in FtM's model ("Identification holder"). */
  readonly label: string;
}

const model = new Model(defaultModel);
const cache = new Map<string, readonly EntityProperty[]>();

/**
 * The entity-typed properties a schema's records carry (FtM's type `entity`, inherited ones
 * included; reverse stubs left out); none for a schema FtM does not know.
 */
export function entityProperties(schema: string): readonly EntityProperty[] {
  const known = cache.get(schema);
  if (known) return known;
  let found: EntityProperty[] = [];
  try {
    found = [...model.getSchema(schema).getProperties().values()]
      .filter((p) => p.type.name === 'entity' && !p.stub)
      .map((p) => ({ name: p.name, label: p.label }));
  } catch {
    found = [];
  }
  cache.set(schema, found);
  return found;
}

/** Whether FtM's model knows a schema. */
export function isFtmSchema(schema: string): boolean {
  return model.schemata[schema] !== undefined;
}
