// Facts from the app: create, edit (ranks too) and retract, each one revision in the same write
// transaction. No fact without a citation (citation-rules.ts); the cited sources and both
// ends must exist. Nothing is written when a check fails: the transaction rolls back.
import { missingCitationFields, type MissingField } from '../domain/citation-rules';
import { factToProperties } from '../domain/fact-record';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import type { Fact } from '../domain/model';
import type { FactInput, FactPatch } from '../domain/wire/authoring';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors';
import { transactionOf, type QueryRunner } from '../neo4j/query-runner';
import type { Change } from './entity-writes';
import {
  checkRevision,
  newRecordId,
  readEntityIn,
  readFactIn,
  readSourcesIn,
  snapshotOf,
  without,
} from './records';
import { nextRevision, recordRevision, type RevisionStamp } from './revision-store';

/** The `file` property of facts the app wrote (the loader's facts name their data file). */
export const AUTHORED_FILE = 'app';

/** Throws UnprocessableError (422) naming each missing field, if any. */
function refuse(missing: readonly MissingField[]): void {
  if (missing.length === 0) return;
  throw new UnprocessableError(
    `The fact cannot be saved: ${missing.map((m) => m.path).join(', ')} missing or unknown`,
    missing,
  );
}

/** Checks a fact against the rules and the graph `tx` sees; throws 422 naming what is wrong. */
async function checkFact(tx: QueryRunner, fact: Fact, factTypes: FactTypeLookup): Promise<void> {
  const missing = [...missingCitationFields(fact.type, fact.sources)];
  if (!factTypes.known().some((t) => t.name === fact.type)) {
    missing.push({ path: 'type', message: `Unknown fact type "${fact.type}"` });
  }
  if (fact.subject === fact.object) {
    missing.push({ path: 'object', message: 'A fact links two different entities' });
  }
  for (const end of ['subject', 'object'] as const) {
    if (!(await readEntityIn(tx, fact[end]))) {
      missing.push({ path: end, message: `No entity with id "${fact[end]}"` });
    }
  }
  const known = await readSourcesIn(
    tx,
    fact.sources.map((c) => c.source),
  );
  fact.sources.forEach((c, i) => {
    if (c.source && !known.has(c.source)) {
      missing.push({ path: `sources[${i}].source`, message: `No source with id "${c.source}"` });
    }
  });
  refuse(missing);
}

/** Writes `fact` as a new relationship under `stamp` and answers it as stored. */
export async function writeFact(
  tx: QueryRunner,
  fact: Fact,
  stamp: RevisionStamp,
  recordedAt: string | null,
): Promise<Fact> {
  const plain = without(fact, 'revision');
  await tx.run('author-fact-write', {
    type: fact.type,
    subject: fact.subject,
    object: fact.object,
    props: factToProperties(plain, AUTHORED_FILE),
    seq: stamp.seq,
    recordedAt,
  });
  const stored = await readFactIn(tx, fact.id);
  if (!stored) throw new Error(`Fact ${fact.id} was written but cannot be read`);
  return stored.fact;
}

/** Creates a fact; 422 naming missing citations, unknown ends or sources; 409 if the id exists. */
export async function createFact(
  runner: QueryRunner,
  input: FactInput,
  factTypes: FactTypeLookup,
  change: Change,
): Promise<Fact> {
  refuse(missingCitationFields(input.type, input.sources));
  const fact: Fact = {
    ...without(input, 'comment'),
    id: input.id ?? newRecordId('f'),
    time: input.time ?? {},
    attributes: input.attributes ?? {},
    sources: input.sources ?? [],
  };
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    // An id the server made (random suffix) is new; one the editor chose is looked up.
    if (input.id !== undefined && (await readFactIn(tx, fact.id)))
      throw new ConflictError(`A fact with id "${fact.id}" exists`);
    await checkFact(tx, fact, factTypes);
    const after = await writeFact(tx, fact, stamp, null);
    await recordRevision(tx, stamp, {
      ...change,
      action: 'create',
      target: 'fact',
      targetId: fact.id,
      before: null,
      after: snapshotOf(after),
    });
    return after;
  });
}

/** The fact a patch makes of the stored one: null fields are cleared. */
function patched(current: Fact, patch: FactPatch): Fact {
  const { claim, rankReason, ...fields } = without(patch, 'revision', 'comment');
  const next: Record<string, unknown> = { ...current, ...fields };
  if (claim !== undefined) next.claim = claim ?? undefined;
  if (rankReason !== undefined) next.rankReason = rankReason ?? undefined;
  return without(next) as unknown as Fact;
}

/** True when a patch changes only the rank, its reason or the disputed flag. */
function onlyRank(patch: FactPatch): boolean {
  const keys = Object.keys(patch).filter((k) => k !== 'revision' && k !== 'comment');
  return keys.length > 0 && keys.every((k) => ['rank', 'rankReason', 'disputed'].includes(k));
}

/** Changes a fact from revision `expected`: 404 when absent, 409 if stale, 422 as on create. */
export async function updateFact(
  runner: QueryRunner,
  id: string,
  patch: FactPatch,
  expected: number,
  factTypes: FactTypeLookup,
  change: Change,
): Promise<Fact> {
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    const current = await readFactIn(tx, id);
    if (!current) throw new NotFoundError(`No fact with id "${id}"`);
    checkRevision(current.fact, expected, patch);
    const next = patched(current.fact, patch);
    await checkFact(tx, next, factTypes);
    await tx.run('author-fact-delete', { elementId: current.elementId });
    const after = await writeFact(tx, next, stamp, current.recordedAt);
    await recordRevision(tx, stamp, {
      ...change,
      action: onlyRank(patch) ? 'rank' : 'update',
      target: 'fact',
      targetId: id,
      before: snapshotOf(current.fact),
      after: snapshotOf(after),
    });
    return after;
  });
}

/**
 * Retracts a fact: it leaves the current graph; the revision keeps its snapshot. With
 * `expected`, a stale revision is a 409.
 */
export async function retractFact(
  runner: QueryRunner,
  id: string,
  expected: number | undefined,
  change: Change,
): Promise<{ readonly id: string; readonly revision: number }> {
  return transactionOf(runner)(async (tx) => {
    const stamp = await nextRevision(tx);
    const current = await readFactIn(tx, id);
    if (!current) throw new NotFoundError(`No fact with id "${id}"`);
    if (expected !== undefined) checkRevision(current.fact, expected, { retract: id });
    await tx.run('author-fact-delete', { elementId: current.elementId });
    await recordRevision(tx, stamp, {
      ...change,
      action: 'retract',
      target: 'fact',
      targetId: id,
      before: snapshotOf(current.fact),
      after: null,
    });
    return { id, revision: stamp.seq };
  });
}
