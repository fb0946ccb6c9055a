// FollowTheMoney as its own tools mean it (issue 13 §3, issue 22): ends read pairwise, every
// entity-typed property a fact, record fields read, yente deltas, fragments, hour dates.
import { describe, expect, it } from 'vitest';
import { endPairs, ftmItems } from '../../../../server/imports/ftm';
import { mergeFragments } from '../../../../server/imports/ftm-fragments';
import type { EntityDraft, ReadItem } from '../../../../server/imports/types';
import { timePointOf } from '../../../../server/imports/values';

const line = (value: unknown): string => JSON.stringify(value);
const facts = (items: ReadItem[]) =>
  items.flatMap((i) =>
    i.kind === 'fact' ? [[i.fact.subject, i.fact.type.name, i.fact.object]] : [],
  );

describe('FtM links', () => {
  it('reads multi-valued ends by position, never as a cross product', () => {
    const items = ftmItems(
      line({ id: 'o', schema: 'Ownership', properties: { owner: ['A', 'B'], asset: ['B', 'A'] } }),
      1,
      'f',
    );
    expect(facts(items)).toEqual([
      ['A', 'OWNS', 'B'],
      ['B', 'OWNS', 'A'],
    ]);
    expect(endPairs(['a'], ['x', 'y'])).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(endPairs(['a', 'b'], ['x'])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    const uneven = ftmItems(
      line({
        id: 'o',
        schema: 'Ownership',
        properties: { owner: ['A', 'B'], asset: ['C', 'D', 'E'] },
      }),
      2,
      'f',
    );
    expect(uneven[0]).toMatchObject({ kind: 'problem', problem: { field: 'properties.asset' } });
  });

  it('keeps a true self-holding', () => {
    const items = ftmItems(
      line({ id: 'o', schema: 'Ownership', properties: { owner: ['A'], asset: ['A'] } }),
      1,
      'f',
    );
    expect(facts(items)).toEqual([['A', 'OWNS', 'A']]);
  });

  it("makes every entity-typed property a fact named after it (FtM's model)", () => {
    const sanction = ftmItems(
      line({ id: 's1', schema: 'Sanction', properties: { entity: ['p1'], program: ['X'] } }),
      1,
      'f',
    );
    expect(facts(sanction)).toEqual([['s1', 'ENTITY', 'p1']]);
    const passport = ftmItems(
      line({ id: 'pp', schema: 'Passport', properties: { holder: ['p1'], number: ['123'] } }),
      2,
      'f',
    );
    expect(facts(passport)).toEqual([['pp', 'HOLDER', 'p1']]);
    expect(passport[0]).toMatchObject({ entity: { extra: { ftm_number: '123' } } });
  });
});

describe('FtM records', () => {
  it('reads caption, datasets, referents, first_seen and last_seen', () => {
    const [item] = ftmItems(
      line({
        id: 'c1',
        schema: 'Company',
        caption: 'Eta Corp',
        properties: {},
        datasets: ['us_ofac_sdn', 'eu_fsf'],
        referents: ['ofac-1', 'eu-2'],
        first_seen: '2021-02-16T21:48:05',
        last_seen: '2024-01-01T00:00:00',
      }),
      1,
      'f',
    );
    expect(item).toMatchObject({
      kind: 'entity',
      entity: {
        name: 'Eta Corp',
        extra: {
          ftm_datasets: ['us_ofac_sdn', 'eu_fsf'],
          ftm_referents: ['ofac-1', 'eu-2'],
          ftm_first_seen: '2021-02-16T21:48:05',
          ftm_last_seen: '2024-01-01T00:00:00',
        },
      },
    });
  });

  it('imports the entity of a yente delta ADD or MOD; refuses a DEL saying what it is', () => {
    const entity = { id: 'p1', schema: 'Person', properties: { name: ['Ann'] } };
    expect(ftmItems(line({ op: 'ADD', entity }), 1, 'f')[0]).toMatchObject({
      kind: 'entity',
      entity: { id: 'p1', name: 'Ann' },
    });
    expect(ftmItems(line({ op: 'MOD', entity }), 2, 'f')[0]).toMatchObject({ kind: 'entity' });
    expect(ftmItems(line({ op: 'DEL', entity: { id: 'p1' } }), 3, 'f')[0]).toMatchObject({
      kind: 'problem',
      problem: {
        field: 'op',
        message: expect.stringContaining('yente delta record (DEL of "p1")') as string,
      },
    });
  });

  it('merges fragments as FtM does: every name kept, properties unioned', () => {
    const a: EntityDraft = {
      id: 'e',
      kind: 'Company',
      name: 'Eta Corp',
      aliases: [],
      extra: { ftm_country: 'de' },
    };
    const b: EntityDraft = {
      id: 'e',
      kind: 'Other',
      name: 'Eta Corporation',
      aliases: ['ETA'],
      extra: { ftm_country: 'fr', ftm_website: 'eta.example' },
    };
    expect(mergeFragments(a, b)).toMatchObject({
      kind: 'Company',
      name: 'Eta Corp',
      aliases: ['Eta Corporation', 'ETA'],
      extra: { ftm_country: ['de', 'fr'], ftm_website: 'eta.example' },
    });
  });

  it("accepts every form FtM's date type writes, keeping the day for anything finer", () => {
    for (const text of [
      '2021-02-16T21',
      '2021-02-16T21:48',
      '2021-02-16T21:48:05',
      '2021-02-16T21:48:05.123Z',
      '2021-02-16T21:48:05+01:00',
    ]) {
      expect(timePointOf(text)).toEqual({ date: '2021-02-16', precision: 'day' });
    }
    expect(timePointOf('2021-02')).toEqual({ date: '2021-02', precision: 'month' });
    expect(timePointOf('2021')).toEqual({ date: '2021', precision: 'year' });
    const [pay] = ftmItems(
      line({
        id: 'pay',
        schema: 'Payment',
        properties: { payer: ['a'], beneficiary: ['b'], date: ['2021-02-16T21'] },
      }),
      1,
      'f',
    );
    expect(pay).toMatchObject({ fact: { time: { at: { date: '2021-02-16', precision: 'day' } } } });
  });
});
