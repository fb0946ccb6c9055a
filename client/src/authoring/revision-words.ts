// A revision in words for a record's history: who, when (UTC), what was done, why, and each
// field that changed, before and after. Pure.
import type { Revision } from '../../../server/domain/wire/authoring';
import { fieldWords, valueWords, type Names } from './record-words';

const ACTION: Readonly<Record<Revision['action'], string>> = {
  create: 'created',
  update: 'edited',
  retract: 'retracted',
  revert: 'reverted',
  rank: 'ranked',
  merge: 'merged',
  unmerge: 'unmerged',
  load: 'loaded',
  import: 'imported',
};

/** "2026-11-30 15:40 UTC" from an ISO 8601 date-time. */
export function whenWords(at: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return match ? `${match[1]} ${match[2]} UTC` : at;
}

/** The revision's heading: "alice edited, 2026-11-30 15:40 UTC (reverting rev-12)". */
export function revisionHeading(revision: Revision): string {
  const reverting = revision.revertOf ? ` (reverting ${revision.revertOf})` : '';
  const file = revision.file ? ` from ${revision.file}` : '';
  return `${revision.editor} ${ACTION[revision.action]}${file}, ${whenWords(revision.at)}${reverting}`;
}

/** Each field the revision changed: "Name: Gucci → Gucci (Kering)". */
export function changeLines(revision: Revision, names: Names): string[] {
  return revision.changes.map(
    (c) =>
      `${fieldWords(c.field)}: ${valueWords(c.field, c.before, names)} → ${valueWords(c.field, c.after, names)}`,
  );
}

/**
 * True when the revision can be reverted from the explorer: a change of an entity or a fact
 * (an entity's creation cannot: entities are not deleted by a revert).
 */
export function revertable(revision: Revision): boolean {
  if (revision.target === 'fact')
    return ['create', 'update', 'retract', 'revert', 'rank'].includes(revision.action);
  return (
    revision.target === 'entity' &&
    revision.before !== null &&
    revision.action !== 'merge' &&
    revision.action !== 'unmerge'
  );
}
