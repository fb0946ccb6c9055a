// The Cypher an analyst writes against the stored article graph, exactly as README shows it:
// time bounds are DATE values (on a day, in a range, before/after), citations are lists.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactFile } from '../../server/domain/model';
import { jsonFilesIn } from '../../server/load/read-inputs';
import { DATA_DIR } from '../../server/load/seed';
import type { Neo4jGateway } from '../../server/neo4j/gateway';
import { asText } from '../../server/neo4j/to-plain';
import { loadBundledData, testGateway } from '../support/database';

let gateway: Neo4jGateway;

beforeAll(async () => {
  gateway = testGateway();
  await loadBundledData(gateway);
});
afterAll(() => gateway.close());

/** The README's queries, word for word (README.md, "Querying it in Cypher"). */
const ON_A_DAY = `MATCH (m:Entity)-[r:MEMBER_OF]->(:Entity {id: 'iacc'})
WHERE (r.startLatest <= date('2016-04-15') OR (r.startLatest IS NULL AND r.endEarliest IS NULL))
  AND date('2016-04-15') < coalesce(r.endEarliest, date('9999-12-31'))
RETURN m.id AS member, r.startDate AS start, r.endDate AS end, r.id AS fact
ORDER BY fact`;

const MAYBE_ON_A_DAY = `MATCH (m:Entity)-[r:MEMBER_OF]->(:Entity {id: 'iacc'})
WHERE coalesce(r.startEarliest, date('0001-01-01')) <= date('2016-04-15')
  AND date('2016-04-15') <= coalesce(r.endLatest, date('9999-12-31'))
RETURN DISTINCT m.id AS member
ORDER BY member`;

const EVENTS_ON_A_DAY = `MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.atEarliest <= date('2016-05-04') <= r.atLatest
RETURN r.id AS fact, r.atDate AS date, r.atPrecision AS precision
ORDER BY fact`;

const MAY_FALL_IN_RANGE = `MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.atEarliest <= date('2014-07-31') AND r.atLatest >= date('2014-07-01')
RETURN r.id AS fact, r.atDate AS date, r.atPrecision AS precision
ORDER BY fact`;

const SURELY_IN_RANGE = `MATCH (s:Entity)-[r]->(o:Entity)
WHERE r.atEarliest >= date('2014-07-01') AND r.atLatest <= date('2014-07-31')
RETURN r.id AS fact, r.atDate AS date, r.atPrecision AS precision
ORDER BY fact`;

const ENDED_ON_OR_AFTER = `MATCH (:Entity {id: 'kering'})-[r:SUED]->(:Entity {id: 'alibaba'})
WHERE r.endLatest >= date('2014-07-20')
RETURN r.id AS fact, r.endDate AS end, r.endPrecision AS precision
ORDER BY fact`;

const ENDED_BEFORE = `MATCH (:Entity {id: 'kering'})-[r:SUED]->(:Entity {id: 'alibaba'})
WHERE r.endLatest < date('2016-01-01')
RETURN r.id AS fact, r.endDate AS end, r.endPrecision AS precision
ORDER BY fact`;

const SAID_BY = `MATCH (:Entity)-[r]->(:Entity)
UNWIND range(0, size(r.citationSources) - 1) AS i
WITH r, i WHERE r.citationSpeakers[i] = 'kering'
RETURN r.id AS fact, r.citationSources[i] AS source, r.citationQuotes[i] AS quote`;

describe('times in Cypher', () => {
  it('stores every time bound as a DATE and nothing else', async () => {
    const rows = await gateway.read(
      `MATCH (:Entity)-[r]->(:Entity)
       UNWIND ['atEarliest', 'atLatest', 'startEarliest', 'startLatest', 'endEarliest',
               'endLatest'] AS key
       WITH key, valueType(r[key]) AS type WHERE type <> 'NULL'
       RETURN DISTINCT type`,
    );
    expect(rows).toEqual([{ type: 'DATE NOT NULL' }]);
  });

  it('on a day: who was surely, and who may have been, a member of the IACC on 15 April 2016', async () => {
    expect(await gateway.read(ON_A_DAY)).toEqual([
      {
        member: 'alibaba',
        start: '2016-04-13',
        end: '2016-05-13',
        fact: 'o-alibaba-member-of-iacc',
      },
    ]);
    expect(await gateway.read(MAYBE_ON_A_DAY)).toEqual([
      { member: 'alibaba' },
      { member: 'gucci' },
      { member: 'michael-kors' },
    ]);
  });

  it('on a day: events that may have happened on 4 May 2016, at any precision', async () => {
    expect(await gateway.read(EVENTS_ON_A_DAY)).toEqual([
      { fact: 'a-ebay-declines-iacc', date: '2016-05', precision: 'approximate' },
      { fact: 'a-gucci-leaves-iacc', date: '2016-05-04', precision: 'day' },
      { fact: 'o-gucci-leaves-iacc', date: '2016-05-04', precision: 'day' },
    ]);
  });

  it('in a range: July 2014 may hold a year-precise event; only the month-precise one surely', async () => {
    expect(await gateway.read(MAY_FALL_IN_RANGE)).toEqual([
      { fact: 'a-alibaba-anti-counterfeiting-spend', date: '2014', precision: 'year' },
      { fact: 'a-kering-drops-2014-lawsuit', date: '2014', precision: 'year' },
      { fact: 'o-kering-drops-2014-lawsuit', date: '2014-07', precision: 'month' },
    ]);
    expect(await gateway.read(SURELY_IN_RANGE)).toEqual([
      { fact: 'o-kering-drops-2014-lawsuit', date: '2014-07', precision: 'month' },
    ]);
  });

  it('before/after: a lawsuit ended "2014-07" may have run on 20 July 2014', async () => {
    expect(await gateway.read(ENDED_ON_OR_AFTER)).toEqual([
      { fact: 'o-kering-first-lawsuit', end: '2014-07', precision: 'month' },
      { fact: 'o-kering-second-lawsuit', end: '2017-08-03', precision: 'day' },
    ]);
    expect(await gateway.read(ENDED_BEFORE)).toEqual([
      { fact: 'o-kering-first-lawsuit', end: '2014-07', precision: 'month' },
    ]);
    // The text comparison README warns about misses the month-precise end.
    const byText = await gateway.read(
      ENDED_ON_OR_AFTER.replace("r.endLatest >= date('2014-07-20')", "r.endDate >= '2014-07-20'"),
    );
    expect(byText.map((r) => r.fact)).toEqual(['o-kering-second-lawsuit']);
  });
});

describe('citations in Cypher', () => {
  const files = jsonFilesIn(DATA_DIR).map((f) => JSON.parse(readFileSync(f, 'utf8')) as FactFile);

  it('stores each citation as parallel lists that agree with the JSON', async () => {
    const rows = await gateway.read(
      `MATCH (:Entity)-[r]->(:Entity)
       RETURN r.id AS id, r.citations AS json, r.citationSources AS sources,
              r.citationQuotes AS quotes, r.citationSpeakers AS speakers,
              r.citationVia AS via, r.citationNotes AS notes`,
    );
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const cited = JSON.parse(asText(row.json)) as FactFile['facts'][number]['sources'];
      expect(row.sources, asText(row.id)).toEqual(cited.map((c) => c.source));
      expect(row.quotes).toEqual(cited.map((c) => c.quote?.text ?? ''));
      expect(row.speakers).toEqual(cited.map((c) => c.quote?.speaker ?? ''));
      expect(row.via).toEqual(cited.map((c) => c.via ?? ''));
      expect(row.notes).toEqual(cited.map((c) => c.note ?? ''));
    }
  });

  it('finds what an entity said, and where, without parsing JSON', async () => {
    const quoted = files
      .flatMap((file) => file.facts)
      .flatMap((f) =>
        f.sources
          .filter((c) => c.quote?.speaker === 'kering')
          .map((c) => ({ fact: f.id, source: c.source, quote: c.quote?.text })),
      );
    expect(quoted).toHaveLength(1);
    expect(await gateway.read(SAID_BY)).toEqual(quoted);
  });
});
