// Stable ids for imported data: entity ids kept when the API accepts them, fact ids and source
// ids derived by hashing, so importing the same file again finds the same nodes and facts.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FactTime } from '../domain/time';
import { ENTITY_ID_PATTERN } from '../domain/vocabulary';

function digest(parts: readonly unknown[], length: number): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, length);
}

/**
 * The entity id for an id in a file: itself when the API accepts it (`Q42`, an FtM id),
 * otherwise a stable id made from it (the original is kept as `originalId`).
 */
export function entityId(original: string): { id: string; originalId?: string } {
  if (ENTITY_ID_PATTERN.test(original)) return { id: original };
  return { id: `x-${digest([original], 20)}`, originalId: original };
}

/** The id of the dataset Source a file becomes: readable from its name, unique by `identity`. */
export function datasetSourceId(label: string, identity: string = label): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `dataset-${slug === '' ? 'file' : slug}-${digest([identity], 8)}`;
}

/**
 * The Source id of an imported file: from the dataset name and the file's name when the user
 * names the dataset, else from the file's content (SHA-256), never from its path. Importing
 * the same file again, by any path, finds the same source and so the same facts.
 */
export async function fileSourceId(
  path: string,
  label: string,
  dataset: string | undefined,
): Promise<string> {
  if (dataset !== undefined) return datasetSourceId(label, `${dataset}/${label}`);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return datasetSourceId(label, `${label}#${hash.digest('hex')}`);
}

/**
 * A fact's id: from the file's own id for it when it has one, else from what the fact says
 * (subject, type, object, time and attributes), always within its source.
 */
export function factId(
  sourceId: string,
  fact: {
    readonly type: string;
    readonly subject: string;
    readonly object: string;
    readonly time: FactTime;
    readonly attributes: Readonly<Record<string, unknown>>;
    readonly key?: string;
  },
): string {
  if (fact.key !== undefined) return `f-${digest([sourceId, fact.key, fact.type], 24)}`;
  const attributes = Object.entries(fact.attributes).sort(([a], [b]) => (a < b ? -1 : 1));
  return `f-${digest([sourceId, fact.subject, fact.type, fact.object, fact.time, attributes], 24)}`;
}

/**
 * The id of a fact that is one claim across files (`FactDraft.claimAcrossFiles`, a BODS
 * record's interest): from the claim key, the type and the ends, never the file, so every file
 * that states the claim writes the same fact.
 */
export function claimFactId(
  claim: string,
  fact: { readonly type: string; readonly subject: string; readonly object: string },
): string {
  return `f-${digest(['claim', claim, fact.type, fact.subject, fact.object], 24)}`;
}
