// BODS statements that update a record across files, through the real importer and embedded
// Neo4j: a later file's statement of a record's interest updates the fact an earlier file wrote
// (one fact, not two) and the earlier version is kept as an importer revision; importing the
// same files again writes nothing new, unknown and unspecified parties included.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../server/imports/import-files';
import type { Neo4jGateway } from '../../../server/neo4j/gateway';
import { checksum, clearDatabase, counts, testGateway } from '../../support/database';

const EXAMPLES = join(
  ...[import.meta.dirname, '..', '..', '..', '..', 'shared', 'datasets'],
  'bods-data-standard-examples',
);
const here = existsSync(EXAMPLES);
if (!here)
  console.warn(`Skipping the BODS examples part of the updates test: ${EXAMPLES} is absent`);

const dir = mkdtempSync(join(tmpdir(), 'brand-graph-bods-updates-'));
const label = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** A BODS 0.4 file of `statements` in the test's folder. */
function bodsFile(name: string, statements: readonly object[]): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(statements));
  return path;
}

const publication = (date: string) => ({
  publicationDate: date,
  bodsVersion: '0.4',
  publisher: { name: 'Register R' },
});
const party = (recordId: string, date: string, details: object) => ({
  statementId: `party-${recordId}-${date}-0000000000000000000`,
  statementDate: date,
  publicationDetails: publication(date),
  recordId,
  recordType: recordId === 'person-p' ? 'person' : 'entity',
  recordStatus: 'new',
  declarationSubject: 'company-c',
  recordDetails: details,
});
const holding = (date: string, share: number, status: string) => ({
  statementId: `holding-${date}-000000000000000000000000`,
  statementDate: date,
  publicationDetails: publication(date),
  recordId: 'holding-r',
  recordType: 'relationship',
  recordStatus: status,
  declarationSubject: 'company-c',
  recordDetails: {
    isComponent: false,
    subject: 'company-c',
    interestedParty: 'person-p',
    interests: [
      {
        type: 'shareholding',
        directOrIndirect: 'direct',
        beneficialOwnershipOrControl: true,
        share: { exact: share },
        startDate: '2019-05-01',
      },
    ],
  },
});

let gateway: Neo4jGateway;
beforeAll(() => {
  gateway = testGateway();
});
beforeEach(() => clearDatabase(gateway));
afterAll(() => gateway.close());

/** The OWNS facts from `owner` to `owned`: share, statement, file and earlier statements. */
function owns(owner: string, owned: string): Promise<Record<string, unknown>[]> {
  return gateway.read(
    'MATCH (:Entity {name: $owner})-[r:OWNS]->(:Entity {name: $owned}) ' +
      'RETURN r.id AS id, r.shareExact AS share, r.bodsStatementId AS statement, r.file AS file, ' +
      'r.bodsEarlierStatements AS earlier ORDER BY share',
    { owner, owned },
  );
}

/** The importer's revisions of facts (not its one revision per file), oldest first. */
function factRevisions(): Promise<Record<string, unknown>[]> {
  return gateway.read(
    "MATCH (r:Revision {target: 'fact'}) RETURN r.editor AS editor, r.action AS action, " +
      'r.targetId AS fact, r.file AS file, r.before AS before, r.after AS after ORDER BY r.seq',
  );
}

/** A revision's snapshot (a wire fact): the attributes it holds. */
const attributesOf = (text: unknown): Record<string, unknown> =>
  (JSON.parse(String(text)) as { attributes: Record<string, unknown> }).attributes;

describe('a BODS 0.4 record updated by a later file', () => {
  const first = bodsFile('register-2020.json', [
    party('company-c', '2020-01-02', {
      isComponent: false,
      entityType: { type: 'registeredEntity' },
      name: 'Company C',
    }),
    party('person-p', '2020-01-02', {
      isComponent: false,
      personType: 'knownPerson',
      names: [{ fullName: 'Person P' }],
    }),
    holding('2020-02-01', 40, 'new'),
  ]);
  const later = bodsFile('register-2021.json', [holding('2021-02-01', 60, 'updated')]);

  it('updates the fact the earlier file wrote, and keeps the earlier version as a revision', async () => {
    expect((await importFiles(gateway, { format: 'bods', statements: [first] })).ok).toBe(true);
    const [before] = await owns('Person P', 'Company C');
    expect(before).toMatchObject({ share: 40, file: 'register-2020.json' });

    const result = await importFiles(gateway, { format: 'bods', statements: [later] });
    expect([result.ok, result.facts]).toEqual([true, 1]);
    const now = await owns('Person P', 'Company C');
    expect(now).toEqual([
      {
        id: before?.id,
        share: 60,
        statement: 'holding-2021-02-01-000000000000000000000000',
        file: 'register-2021.json',
        earlier: null,
      },
    ]);
    const revisions = await factRevisions();
    expect(revisions.map((r) => [r.editor, r.action, r.fact, r.file])).toEqual([
      ['importer', 'update', before?.id, 'register-2021.json'],
    ]);
    expect(attributesOf(revisions[0]?.before)).toMatchObject({
      shareExact: 40,
      bodsStatementId: 'holding-2020-02-01-000000000000000000000000',
    });
    expect(attributesOf(revisions[0]?.after)).toMatchObject({ shareExact: 60 });

    // The same later file again: nothing new, no further revision.
    const sum = await checksum(gateway);
    expect((await importFiles(gateway, { format: 'bods', statements: [later] })).ok).toBe(true);
    expect(await checksum(gateway)).toBe(sum);
    expect(await factRevisions()).toHaveLength(1);
  });

  it('writes one fact when both files come in one import, the earlier version kept', async () => {
    const result = await importFiles(gateway, {
      format: 'bods',
      statements: [first, later],
    });
    expect([result.ok, result.entities, result.facts]).toEqual([true, 2, 2]);
    expect((await owns('Person P', 'Company C')).map((f) => f.share)).toEqual([60]);
    expect((await factRevisions()).map((r) => attributesOf(r.before).shareExact)).toEqual([40]);
  });
});

describe.runIf(here)('the standard’s 0.2 update example after its first declaration', () => {
  const v02 = (name: string): string => join(EXAMPLES, '0.2.0', 'examples', name);

  it('updates Christopher Taggart’s holding from all to half; the new owner is a fact of its own', async () => {
    await importFiles(gateway, { format: 'bods', statements: [v02('1-single-direct.json')] });
    const [whole] = await owns('Christopher Taggart', 'CHRINON LTD');
    expect(whole).toMatchObject({ share: 100, file: '1-single-direct.json' });
    const result = await importFiles(gateway, {
      format: 'bods',
      statements: [v02('2-single-update.json')],
    });
    expect(result.ok).toBe(true);
    expect(await owns('Christopher Taggart', 'CHRINON LTD')).toEqual([
      {
        id: whole?.id,
        share: 50,
        statement: '676ce2ec-e244-409e-85f9-9823e88bc099',
        file: '2-single-update.json',
        earlier: ['fbfd0547-d0c6-4a00-b559-5c5e91c34f5c'],
      },
    ]);
    const [unspecified] = await gateway.read(
      "MATCH (p:Entity)-[r:OWNS]->(:Entity {name: 'CHRINON LTD'}) WHERE p.sourceType = 'unspecified' " +
        'RETURN r.shareExact AS share, r.id <> $id AS own',
      { id: whole?.id },
    );
    expect(unspecified).toEqual({ share: 50, own: true });
    const revisions = await factRevisions();
    expect(revisions.map((r) => [r.fact, attributesOf(r.before).shareExact])).toEqual([
      [whole?.id, 100],
    ]);
  });
});

describe.runIf(here)('importing the same BODS files again', () => {
  // Unknown persons, anonymous ones and parties a statement leaves unspecified are named by
  // what BODS says and identified by their statements: the same on every run.
  const files = [
    join(EXAMPLES, '0.3.0', 'examples', 'missing-data', 'os-01-dr-02-dc-05.json'),
    join(EXAMPLES, '0.3.0', 'examples', 'missing-data', 'os-17-dr-02-dc-06.json'),
    join(EXAMPLES, '0.3.0', 'examples', '2-single-update.json'),
    join(EXAMPLES, 'main', 'examples', 'levent.json'),
    join(EXAMPLES, 'main', 'examples', 'listed-company-exempt-from-disclosure.json'),
  ];

  it('writes nothing new: the same entities, placeholders, facts and no fact revisions', async () => {
    for (const file of files) {
      const result = await importFiles(
        gateway,
        { format: 'bods', statements: [file] },
        { fileLabel: label },
      );
      expect(result.ok, `${label(file)}: ${result.message}`).toBe(true);
    }
    const placeholders = await gateway.read(
      "MATCH (e:Entity) WHERE e.sourceType = 'unspecified' OR e.name STARTS WITH 'Unknown' OR e.name STARTS WITH 'Anonymous' RETURN e.id AS id, e.name AS name ORDER BY id",
    );
    expect(placeholders.length).toBeGreaterThan(0);
    const before = { counts: await counts(gateway), sum: await checksum(gateway), placeholders };
    for (const file of files) {
      await importFiles(gateway, { format: 'bods', statements: [file] }, { fileLabel: label });
    }
    expect(await counts(gateway)).toEqual(before.counts);
    expect(
      await gateway.read(
        "MATCH (e:Entity) WHERE e.sourceType = 'unspecified' OR e.name STARTS WITH 'Unknown' OR e.name STARTS WITH 'Anonymous' RETURN e.id AS id, e.name AS name ORDER BY id",
      ),
    ).toEqual(placeholders);
    expect(await checksum(gateway)).toBe(before.sum);
    expect(await factRevisions()).toEqual([]);
  });
});
