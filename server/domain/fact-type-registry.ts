// The fact types one app, one explorer or one embed knows: the built-in vocabulary plus the types
// imports registered, learned from the database or from `/api/schema`. An object, never a global:
// each app (server/app.ts, server/main.ts), explorer and embed builds its own.
import {
  FACT_TYPE_NAMES,
  FACT_TYPES,
  isBuiltInFactType,
  isFactType,
  type FactType,
  type FactTypeInfo,
  type NamedFactType,
} from './vocabulary';

/** What reading code needs of a registry: how a fact type reads and how it is placed in time. */
export interface FactTypeLookup {
  /** The type's shape, verb and label (see `FactTypeRegistry.lookup`). */
  lookup(type: FactType): FactTypeInfo;
  /** Every known type: the built-in ones in their order, then the learned ones by name. */
  known(): NamedFactType[];
  /** The names of the known types that hold over an interval (`shape: 'state'`). */
  stateTypes(): FactType[];
}

/**
 * A registry of fact types: built from the built-in vocabulary (`FACT_TYPES`), it learns the
 * types imports registered (`learn`). Built-in types are never replaced; names that do not match
 * `FACT_TYPE_PATTERN` are ignored.
 */
export class FactTypeRegistry implements FactTypeLookup {
  private readonly learned = new Map<FactType, FactTypeInfo>();

  /** A registry of the built-in types and, optionally, `types` learned at once. */
  constructor(types: readonly NamedFactType[] = []) {
    this.learn(types);
  }

  /** Learns registered fact types (from the database or the schema endpoint); a later word wins. */
  learn(types: readonly NamedFactType[]): void {
    for (const { name, shape, verb, label } of types) {
      if (isFactType(name) && !isBuiltInFactType(name)) {
        this.learned.set(name, { shape, verb, label });
      }
    }
  }

  /** Every known fact type: the built-in ones, then the learned ones by name. */
  known(): NamedFactType[] {
    return [
      ...FACT_TYPE_NAMES.map((name) => ({ name, ...FACT_TYPES[name] })),
      ...[...this.learned.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, info]) => ({ name, ...info })),
    ];
  }

  /** The fact types that hold over an interval (memberships, lawsuits, ownership, ...). */
  stateTypes(): FactType[] {
    return this.known()
      .filter((t) => t.shape === 'state')
      .map((t) => t.name);
  }

  /**
   * How to show and place a fact type. Types not (yet) known read as their own name in lower
   * case ("COUNTRY_OF_CITIZENSHIP": "country of citizenship") and count as events.
   */
  lookup(type: FactType): FactTypeInfo {
    if (isBuiltInFactType(type)) return FACT_TYPES[type];
    const info = this.learned.get(type);
    if (info) return info;
    const label = type.toLowerCase().replaceAll('_', ' ');
    return { shape: 'event', verb: label, label };
  }
}
