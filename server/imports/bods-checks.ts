// Checks on BODS statements beyond their schema, as the reference validator (lib-cove-bods)
// makes them: dates not in the future and in order, share ranges that hold together,
// statement ids unique in a file, relationships whose ends are parties of the right kind.
import type { BodsInterest, BodsRecord } from './bods-record';
import type { StatementProblem } from './bods-statement';

/** Today as `YYYY-MM-DD` (UTC), the bound for dates that must not be in the future. */
export function today(): string {
  const now = Date.now();
  if (now - todayAt > 60_000) {
    todayAt = now;
    todayText = new Date(now).toISOString().slice(0, 10);
  }
  return todayText;
}
let todayAt = 0;
let todayText = '';

const day = (value: string): string => value.slice(0, 10);

/** Problems with one statement's own values (dates, shares), by JSON path under `path`. */
export function recordProblems(record: BodsRecord, path: string): StatementProblem[] {
  const problems: StatementProblem[] = [];
  const now = today();
  const future = (value: string | undefined, at: string, what: string): void => {
    if (value !== undefined && day(value) > now) {
      problems.push({ path: at, message: `${what} ${value} is in the future` });
    }
  };
  const p = record.provenance;
  const details = record.version === '0.4' ? `${path}.recordDetails` : path;
  future(p.statementDate, `${path}.statementDate`, 'the statement date');
  future(p.publicationDate, `${path}.publicationDetails.publicationDate`, 'the publication date');
  future(p.retrievedAt, `${path}.source.retrievedAt`, 'the retrieval date');
  if (record.kind === 'party') {
    const { foundingDate: founded, dissolutionDate: dissolved, birthDate, deathDate } = record;
    if (founded !== undefined && dissolved !== undefined && dissolved < founded) {
      problems.push({ path: `${details}.dissolutionDate`, message: 'is before the founding date' });
    }
    future(birthDate, `${details}.birthDate`, 'the birth date');
    if (birthDate !== undefined && birthDate.slice(0, 4) < '1800') {
      problems.push({
        path: `${details}.birthDate`,
        message: `${birthDate} is not a likely birth date`,
      });
    }
    future(deathDate, `${details}.deathDate`, 'the death date');
    if (deathDate !== undefined && deathDate.slice(0, 4) < '1800') {
      problems.push({
        path: `${details}.deathDate`,
        message: `${deathDate} is not a likely death date`,
      });
    }
    if (deathDate !== undefined && birthDate !== undefined && deathDate < birthDate) {
      problems.push({ path: `${details}.deathDate`, message: 'is before the birth date' });
    }
    if (
      deathDate !== undefined &&
      birthDate !== undefined &&
      Number(deathDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) > 120
    ) {
      problems.push({
        path: `${details}.deathDate`,
        message: 'is more than 120 years after birth',
      });
    }
  } else {
    for (const [i, interest] of record.interests.entries()) {
      problems.push(...interestProblems(interest, `${details}.interests[${i}]`));
    }
  }
  return problems;
}

/** A share range that cannot hold, or an interest that ends before it starts. */
function interestProblems(interest: BodsInterest, at: string): StatementProblem[] {
  const problems: StatementProblem[] = [];
  const s = interest.share;
  if (s) {
    const low = s.minimum ?? s.exclusiveMinimum;
    const high = s.maximum ?? s.exclusiveMaximum;
    if (s.minimum !== undefined && s.exclusiveMinimum !== undefined) {
      problems.push({ path: `${at}.share`, message: 'gives both minimum and exclusiveMinimum' });
    }
    if (s.maximum !== undefined && s.exclusiveMaximum !== undefined) {
      problems.push({ path: `${at}.share`, message: 'gives both maximum and exclusiveMaximum' });
    }
    // 0.2/0.3 publishers write an exact share as a range of one value too: that is no range.
    if (s.exact !== undefined && [low, high].some((b) => b !== undefined && b !== s.exact)) {
      problems.push({ path: `${at}.share`, message: 'gives an exact share and a range' });
    }
    const exclusive = s.exclusiveMinimum !== undefined || s.exclusiveMaximum !== undefined;
    if (low !== undefined && high !== undefined && (low > high || (exclusive && low >= high))) {
      problems.push({
        path: `${at}.share`,
        message: `its minimum ${low} is above its maximum ${high}`,
      });
    }
    if (
      s.exact !== undefined &&
      ((low !== undefined && s.exact < low) || (high !== undefined && s.exact > high))
    ) {
      problems.push({
        path: `${at}.share.exact`,
        message: 'lies outside the range the share gives',
      });
    }
  }
  if (
    interest.startDate !== undefined &&
    interest.endDate !== undefined &&
    interest.endDate < interest.startDate
  ) {
    problems.push({ path: `${at}.endDate`, message: 'is before the start date' });
  }
  return problems;
}

/** A statement of a file as the checks across statements see it. */
export interface CheckedStatement {
  readonly path: string;
  readonly record?: BodsRecord;
  readonly problems: StatementProblem[];
}

/**
 * Checks across a file's statements: each statement id once; a relationship's subject not a
 * person, its interested party not a relationship, when the file has what they name.
 */
export function crossProblems(statements: readonly CheckedStatement[]): void {
  const seen = new Map<string, string>();
  const kinds = new Map<string, 'entity' | 'person' | 'relationship'>();
  for (const s of statements) {
    if (!s.record) continue;
    const r = s.record;
    const id = r.provenance.statementId;
    const idField = r.version === '0.4' ? 'statementId' : 'statementID';
    const first = seen.get(id);
    if (first !== undefined) {
      // BODS: a statement id identifies one statement; two that share one cannot be told
      // apart (which one a replacement or a reference means), so the second is refused.
      s.problems.push({
        path: `${s.path}.${idField}`,
        message: `the statement id "${id}" is used twice (first by ${first}): BODS statement ids are unique`,
      });
    } else seen.set(id, s.path);
    const kind = r.kind === 'relationship' ? 'relationship' : r.isPerson ? 'person' : 'entity';
    kinds.set(r.key, kind);
    if (r.version !== '0.4') kinds.set(id, kind);
  }
  for (const s of statements) {
    const r = s.record;
    if (r?.kind !== 'relationship') continue;
    const details = r.version === '0.4' ? `${s.path}.recordDetails` : s.path;
    if (
      'ref' in r.subject &&
      kinds.get(r.subject.ref) !== undefined &&
      kinds.get(r.subject.ref) !== 'entity'
    ) {
      s.problems.push({
        path: `${details}.subject`,
        message: `names a ${kinds.get(r.subject.ref)}, not an entity`,
      });
    }
    const party = r.interestedParty;
    const partyKind = 'ref' in party ? kinds.get(party.ref) : undefined;
    for (const [i, interest] of r.interests.entries()) {
      if (interest.beneficialOwnershipOrControl === true && partyKind === 'entity') {
        s.problems.push({
          path: `${details}.interests[${i}].beneficialOwnershipOrControl`,
          message: 'is true, but the interested party is an entity, not a person',
        });
      }
    }
    if ('ref' in party && kinds.get(party.ref) === 'relationship') {
      s.problems.push({
        path: `${details}.interestedParty`,
        message: 'names a relationship, not an entity or person',
      });
    }
  }
}
