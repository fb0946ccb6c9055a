// BODS 0.4 checks across a file's statements, as the reference validator (lib-cove-bods) makes
// them: a record's statements in series (dated in order, `new` first, `closed` last, one record
// type), statements after the records they name, components listed by a later primary
// relationship, declaration subjects and relationship ends among the file's parties, and
// trust and nomination interests on trusts and nominations.
import type { CheckedStatement } from './bods-checks';
import type { BodsRecord, BodsRelationship } from './bods-record';

type Kind = 'entity' | 'person' | 'relationship';

const kindOf = (r: BodsRecord): Kind =>
  r.kind === 'relationship' ? 'relationship' : r.isPerson ? 'person' : 'entity';

/** Interest types that only a trust (entity subtype `trust`) can be the subject of. */
const TRUST_INTERESTS = new Set(['settlor', 'trustee', 'protector']);
/** Interest types that only a nomination (entity subtype `nomination`) can be the subject of. */
const NOMINATION_INTERESTS = new Set(['nominee', 'nominator']);

/** Adds the 0.4 cross-statement problems to `statements` (in file order). */
export function crossProblems04(statements: readonly CheckedStatement[]): void {
  const records = statements.filter(
    (s): s is CheckedStatement & { record: BodsRecord } => s.record?.version === '0.4',
  );
  if (records.length === 0) return;
  const firstAt = new Map<string, number>();
  const kinds = new Map<string, Kind>();
  const subtypes = new Map<string, string | undefined>();
  for (const [i, s] of records.entries()) {
    if (!firstAt.has(s.record.key)) firstAt.set(s.record.key, i);
    kinds.set(s.record.key, kindOf(s.record));
    if (s.record.kind === 'party') subtypes.set(s.record.key, s.record.subtype);
  }
  const parties = [...kinds.values()].some((k) => k !== 'relationship');
  // A package with relationships is a whole declaration: its subject is one of its parties.
  const whole = parties && [...kinds.values()].includes('relationship');
  series(records);
  for (const [i, s] of records.entries()) {
    const r = s.record;
    const details = `${s.path}.recordDetails`;
    const subject = r.declarationSubject;
    if (subject !== undefined && whole) {
      const kind = kinds.get(subject);
      if (kind === undefined || kind === 'relationship') {
        s.problems.push({
          path: `${s.path}.declarationSubject`,
          message: `"${subject}" is not an entity or person record of this file`,
        });
      }
    }
    if (r.kind !== 'relationship') continue;
    for (const [role, ref] of [
      ['subject', r.subject],
      ['interestedParty', r.interestedParty],
    ] as const) {
      if (!('ref' in ref) || !parties) continue;
      const at = firstAt.get(ref.ref);
      if (at === undefined) {
        s.problems.push({
          path: `${details}.${role}`,
          message: `"${ref.ref}" is not a record of this file`,
        });
      } else if (at > i) {
        s.problems.push({
          path: `${details}.${role}`,
          message: `names "${ref.ref}", which comes after it`,
        });
      }
    }
    const listed = r.componentRecords.filter((c) => kinds.has(c));
    if (listed.length > 0 && listed.length < r.componentRecords.length) {
      s.problems.push({
        path: `${details}.componentRecords`,
        message: 'names something that is not a record id of this file',
      });
    }
    interestSubjects(s, r, subtypes);
  }
  components(records);
}

/** Trust and nomination interests only on trusts and nominations (when the subject is here). */
function interestSubjects(
  s: CheckedStatement,
  r: BodsRelationship,
  subtypes: ReadonlyMap<string, string | undefined>,
): void {
  if (!('ref' in r.subject) || !subtypes.has(r.subject.ref)) return;
  const subtype = subtypes.get(r.subject.ref);
  for (const [i, interest] of r.interests.entries()) {
    const type = interest.type ?? '';
    const need = TRUST_INTERESTS.has(type)
      ? 'trust'
      : NOMINATION_INTERESTS.has(type)
        ? 'nomination'
        : undefined;
    if (need !== undefined && subtype !== need) {
      s.problems.push({
        path: `${s.path}.recordDetails.interests[${i}].type`,
        message: `"${type}" is an interest in a ${need}, and the subject is not one`,
      });
    }
  }
}

/** Each record's statements: one record type, dated in order, `new` first, `closed` last. */
function series(records: readonly (CheckedStatement & { record: BodsRecord })[]): void {
  const last = new Map<string, BodsRecord>();
  for (const s of records) {
    const r = s.record;
    const before = last.get(r.key);
    const problem = (field: string, message: string): void => {
      s.problems.push({ path: `${s.path}.${field}`, message });
    };
    if (before) {
      if (kindOf(before) !== kindOf(r))
        problem('recordType', `differs from the record's earlier statement`);
      const was = before.provenance.statementDate ?? '';
      if ((r.provenance.statementDate ?? '') < was)
        problem('statementDate', `is before the record's earlier statement (${was})`);
      if (r.status === 'new')
        problem('recordStatus', 'is "new", but the record has an earlier statement');
      if (before.status === 'closed')
        problem('recordStatus', 'follows a statement that closed the record');
    }
    last.set(r.key, r);
  }
}

/** Records marked `isComponent` are listed by a primary relationship that comes after them. */
function components(records: readonly (CheckedStatement & { record: BodsRecord })[]): void {
  const primaries = records.filter(
    (s) => s.record.kind === 'relationship' && !s.record.isComponent,
  );
  if (primaries.length === 0) return;
  for (const [i, s] of records.entries()) {
    if (!s.record.isComponent) continue;
    const key = s.record.key;
    const listedAfter = records.some(
      (p, j) =>
        j > i &&
        p.record.kind === 'relationship' &&
        !p.record.isComponent &&
        p.record.componentRecords.includes(key),
    );
    if (!listedAfter) {
      s.problems.push({
        path: `${s.path}.recordDetails.isComponent`,
        message:
          'is true, but no primary relationship after it lists the record in componentRecords',
      });
    }
  }
}
