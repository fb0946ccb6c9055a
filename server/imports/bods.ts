// BODS files (0.2, 0.3, 0.4) read into entities and facts: every statement checked first
// (problems by line and JSON path); each record's current statement makes its entity or its
// facts, and the statements it replaced stay visible in them as history.
import type { ImportProblem } from '../domain/api';
import { partyEntity } from './bods-entities';
import { endFinder, relationshipFacts } from './bods-facts';
import type { BodsIndex } from './bods-index';
import type { BodsRelationship } from './bods-record';
import type { ByteCounter, InputFile, ReadItem } from './types';

/** The items a file's index makes, in the file's order (problems at their statement's line). */
export function* bodsItems(index: BodsIndex, file: string): Generator<ReadItem> {
  if (index.fileProblem) {
    const { problem, line, column } = index.fileProblem;
    yield {
      kind: 'problem',
      line,
      scope: 'record',
      fatal: true,
      problem: {
        file,
        line,
        ...(column !== undefined ? { column } : {}),
        field: '$',
        message: problem,
      },
    };
    return;
  }
  const statementId = (i: number): string =>
    index.statements[i]?.record?.provenance.statementId ?? '';
  for (const [i, s] of index.statements.entries()) {
    for (const p of s.problems) {
      const problem: ImportProblem = { file, line: s.line, field: p.path, message: p.message };
      yield { kind: 'problem', line: s.line, scope: 'record', problem };
    }
    const record = s.record;
    if (!record || s.problems.length > 0) continue;
    const key = index.rootOf(record.key);
    if (index.current.get(key) !== i) continue;
    const earlier = index.earlier.get(key) ?? [];
    if (record.kind === 'party') {
      yield {
        kind: 'entity',
        line: s.line,
        entity: partyEntity(key, record, earlier.map(statementId)),
      };
      continue;
    }
    const before = earlier.flatMap((j) => {
      const r = index.statements[j]?.record;
      return r?.kind === 'relationship' ? [r] : [];
    }) satisfies BodsRelationship[];
    const ends = endFinder(
      (k) => index.parties.has(k),
      (k) => index.rootOf(k),
      record.provenance.statementId,
    );
    const claimKey = index.claimRootOf(record.key);
    for (const fact of relationshipFacts({ key, claimKey }, record, before, ends)) {
      yield { kind: 'fact', line: s.line, fact };
    }
  }
}

/** Reads a BODS file through its index (built once per file by `index`). */
export async function* readBods(
  file: InputFile,
  onBytes: ByteCounter,
  index: (path: string) => Promise<BodsIndex>,
): AsyncGenerator<ReadItem> {
  const built = await index(file.path);
  onBytes(file.bytes);
  yield* bodsItems(built, file.label);
}
