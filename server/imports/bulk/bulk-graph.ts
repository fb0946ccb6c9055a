// The graph a bulk import writes, built in memory from the write pass's own rows (write-rows.ts)
// as the normal import's queries would leave it in an empty database: entities once each (a
// later mention that says nothing new changes nothing), facts once per id (the last row wins,
// as the MERGE then SET of a repeated id does). What the normal import would merge or revise
// (another file saying something else of an entity, a claim two files write) is refused.
import neo4j from 'neo4j-driver';
import { saidApart } from '../../domain/said-by';
import { attributeNameOf } from '../../domain/storage-names';
import { statementOf } from '../stored-plan';
import type { Row } from '../write-rows';
import { BulkRefusal } from './csv-cells';

/** A node of the bulk import: its labels (Entity first) and its row. */
export interface BulkNode {
  readonly labels: readonly string[];
  readonly row: Row;
}

/** A relationship of the bulk import: the fact's row and its file's shared parameters. */
export interface BulkRelationship {
  readonly row: Row;
  readonly shared: Row;
  /** Whether the id is its claim's (sharesClaimId): written by one file only here. */
  readonly claimId: boolean;
}

const plain = (value: unknown): unknown =>
  neo4j.isInt(value) ? (value.inSafeRange() ? value.toNumber() : value.toString()) : value;

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(plain(a) ?? null) === JSON.stringify(plain(b) ?? null);

/** An entity's extra attributes by their own names, as plain values. */
function ownAttributes(row: Row): Record<string, unknown> {
  const extra = (row.extra ?? {}) as Row;
  return Object.fromEntries(Object.entries(extra).map(([k, v]) => [attributeNameOf(k), plain(v)]));
}

/** True when writing implied `row` over `had` (import-implied-entities.cypher) changes nothing. */
function changesNothing(had: Row, row: Row): boolean {
  const described = row.alias !== null && row.alias !== undefined;
  const hadAliases = (had.aliases ?? []) as string[];
  if (described) {
    const alias = String(row.alias);
    if (alias !== had.name && !hadAliases.includes(alias)) return false;
    const extra = Object.entries((row.extra ?? {}) as Row);
    if (!extra.every(([k, v]) => sameValue((had.extra as Row | undefined)?.[k], v))) return false;
  }
  if (had.file !== row.file) {
    // Another file's entity: the row is kept by source unless it says nothing apart.
    const said = saidApart(
      {
        name: had.name,
        kind: had.kind,
        summary: had.summary,
        aliases: hadAliases,
        attributes: ownAttributes(had),
      },
      statementOf(row),
    );
    return Object.keys(said).length === 0;
  }
  const keys = ['kind', 'summary', 'sourceType', ...(described ? [] : ['name', 'aliases'])];
  return keys.every((k) => sameValue(had[k], row[k]));
}

/** The nodes and relationships of one bulk import, in the order first written. */
export class BulkGraph {
  readonly nodes = new Map<string, BulkNode>();
  readonly relationships = new Map<string, BulkRelationship>();

  /** An entity row of an entity file (entityRow): its kind and further labels. */
  addEntity(row: Row): void {
    const id = String(row.id);
    if (this.nodes.has(id)) throw new BulkRefusal(`the entity "${id}" is written twice`);
    const labels = ['Entity', String(row.kind), ...((row.labels ?? []) as string[])];
    this.nodes.set(id, { labels: [...new Set(labels)], row });
  }

  /** An entity a fact implies (impliedRow): created once; a later row must change nothing. */
  addImplied(row: Row): void {
    const id = String(row.id);
    const had = this.nodes.get(id);
    if (!had) {
      this.nodes.set(id, { labels: ['Entity', String(row.kind)], row });
      return;
    }
    if (!changesNothing(had.row, row)) {
      throw new BulkRefusal(
        `the entity "${id}" is described differently by ${String(row.file)} than by ` +
          `${String(had.row.file)} (the normal import merges or keeps that by source)`,
      );
    }
  }

  /** A fact row (factRow) with its file's shared parameters; a repeated id replaces the row. */
  addFact(row: Row, shared: Row, claimId: boolean): void {
    const id = String(row.id);
    const had = this.relationships.get(id);
    if (had && had.row.type !== row.type) {
      throw new BulkRefusal(`the fact id "${id}" is given to two fact types`);
    }
    if (had && claimId && had.shared.file !== shared.file) {
      throw new BulkRefusal(
        `the claim "${id}" is written by two files (the normal import keeps the first as a revision)`,
      );
    }
    if (!this.nodes.has(String(row.subject)) || !this.nodes.has(String(row.object))) return;
    this.relationships.set(id, { row, shared, claimId });
  }
}
