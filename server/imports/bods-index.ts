// What a BODS file says once all of it is read: each statement checked, statements that
// replace earlier ones joined to them (0.2/0.3 `replacesStatements`; 0.4 statements of one
// record), the current statement of each record and the earlier ones kept as its history.
import { crossProblems, recordProblems, type CheckedStatement } from './bods-checks';
import { crossProblems04 } from './bods-checks-04';
import { readStatements, type FileProblem } from './bods-file';
import type { BodsParty, BodsRecord } from './bods-record';
import { readStatement, versionOf, type BodsVersion } from './bods-statement';

/** One statement of the file, checked: its place, record (when it reads) and problems. */
export interface IndexedStatement extends CheckedStatement {
  readonly line: number;
}

/** A BODS file read whole: statements, and the records they make. */
export interface BodsIndex {
  readonly fileProblem?: FileProblem;
  readonly statements: readonly IndexedStatement[];
  /** The key that names a record across its statements (0.2/0.3: the first statement's id). */
  readonly rootOf: (key: string) => string;
  /**
   * The key a record's claims are named by across files: as `rootOf`, but a 0.2/0.3 statement
   * continues the first one it replaces even when another statement replaces that one too (an
   * update that splits a holding between parties: each party's claim stays apart by its end).
   */
  readonly claimRootOf: (key: string) => string;
  /** The statement (by position) that stands for each record now: the latest. */
  readonly current: ReadonlyMap<string, number>;
  /** Earlier statements of each record, oldest first (by position). */
  readonly earlier: ReadonlyMap<string, readonly number[]>;
  /** The parties the file describes, by root key (their current statement). */
  readonly parties: ReadonlyMap<string, BodsParty>;
}

/** Reads a file's statements, checks each and across them, and joins their records. */
export async function indexBods(path: string): Promise<BodsIndex> {
  const statements: IndexedStatement[] = [];
  let fileProblem: FileProblem | undefined;
  let fileVersion: { version: BodsVersion; path: string } | undefined;
  for await (const item of readStatements(path, () => undefined)) {
    if ('problem' in item) {
      fileProblem = item;
      break;
    }
    const version = versionOf(item.value, item.path);
    if (typeof version !== 'string') {
      statements.push({ path: item.path, line: item.line, problems: [version] });
      continue;
    }
    const family = version === '0.4' ? '0.4' : '0.2';
    if (fileVersion && (fileVersion.version === '0.4' ? '0.4' : '0.2') !== family) {
      statements.push({
        path: item.path,
        line: item.line,
        problems: [
          {
            path: item.path,
            message: `is BODS ${version} but ${fileVersion.path} is ${fileVersion.version}: a file holds one version`,
          },
        ],
      });
      continue;
    }
    fileVersion ??= { version, path: item.path };
    const read = readStatement(item.value, item.path, version);
    if (Array.isArray(read)) {
      statements.push({ path: item.path, line: item.line, problems: read });
    } else {
      statements.push({
        path: item.path,
        line: item.line,
        record: read,
        problems: recordProblems(read, item.path),
      });
    }
  }
  crossProblems(statements);
  crossProblems04(statements);
  return join(statements, fileProblem);
}

function join(statements: IndexedStatement[], fileProblem: FileProblem | undefined): BodsIndex {
  // 1. 0.2/0.3: a statement that replaces others continues the first one's record.
  // Two statements that replace the same one split it: each then stands as its own record.
  const replacers = new Map<string, number>();
  for (const s of statements) {
    for (const old of s.record?.version === '0.4' ? [] : (s.record?.replaces ?? [])) {
      replacers.set(old, (replacers.get(old) ?? 0) + 1);
    }
  }
  const replaces = new Map<string, string>();
  const follows = new Map<string, string>();
  for (const s of statements) {
    const r = s.record;
    const old = r?.version === '0.4' ? undefined : r?.replaces[0];
    if (r && old !== undefined) follows.set(r.key, old);
    if (r && old !== undefined && replacers.get(old) === 1) replaces.set(r.key, old);
  }
  const rootIn =
    (links: ReadonlyMap<string, string>) =>
    (key: string): string => {
      let at = key;
      const seen = new Set<string>();
      while (links.has(at) && !seen.has(at)) {
        seen.add(at);
        at = links.get(at) ?? at;
      }
      return at;
    };
  const rootOf = rootIn(replaces);
  const claimRootOf = rootIn(follows);
  // 2. Group each record's statements; the latest stands (0.4 by statement date, then order;
  // 0.2/0.3 the one no other replaces, else the last).
  const groups = new Map<string, number[]>();
  for (const [i, s] of statements.entries()) {
    if (!s.record || s.problems.length > 0) continue;
    const key = rootOf(s.record.key);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const replaced = new Set<string>();
  for (const s of statements) for (const old of s.record?.replaces ?? []) replaced.add(old);
  const current = new Map<string, number>();
  const earlier = new Map<string, number[]>();
  const parties = new Map<string, BodsParty>();
  for (const [key, list] of groups) {
    const ordered =
      list.length === 1 ? list : [...list].sort((a, b) => order(statements, a, b, replaced));
    const last = ordered[ordered.length - 1] ?? 0;
    current.set(key, last);
    earlier.set(key, ordered.slice(0, -1));
    const record = statements[last]?.record;
    if (record?.kind === 'party') parties.set(key, record);
  }
  return {
    ...(fileProblem ? { fileProblem } : {}),
    statements,
    rootOf,
    claimRootOf,
    current,
    earlier,
    parties,
  };
}

function order(
  statements: readonly IndexedStatement[],
  a: number,
  b: number,
  replaced: ReadonlySet<string>,
): number {
  const ra = statements[a]?.record as BodsRecord;
  const rb = statements[b]?.record as BodsRecord;
  if (ra.version !== '0.4') {
    const ea = replaced.has(ra.key) ? 0 : 1;
    const eb = replaced.has(rb.key) ? 0 : 1;
    return ea - eb || a - b;
  }
  const da = ra.provenance.statementDate ?? '';
  const db = rb.provenance.statementDate ?? '';
  return da < db ? -1 : da > db ? 1 : a - b;
}
