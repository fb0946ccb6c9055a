import { describe, expect, it } from 'vitest';
import { ftmItems } from '../../../../server/imports/ftm';

const line = (value: unknown): string => JSON.stringify(value);

describe('FollowTheMoney lines', () => {
  it('makes a thing an entity and its address a fact', () => {
    const items = ftmItems(
      line({
        id: 'p1',
        schema: 'Person',
        properties: { name: ['Ann Example', 'A. Example'], country: ['de'], addressEntity: ['a1'] },
      }),
      3,
      'x.ijson',
    );
    expect(items[0]).toMatchObject({
      kind: 'entity',
      entity: {
        id: 'p1',
        kind: 'Person',
        name: 'Ann Example',
        aliases: ['A. Example'],
        sourceType: 'Person',
        summary: 'Person, de',
        extra: { ftm_country: 'de' },
      },
    });
    expect(items[1]).toMatchObject({
      kind: 'fact',
      fact: { type: { name: 'HAS_ADDRESS' }, subject: 'p1', object: 'a1', needsEnds: true },
    });
  });

  it('makes a Payment a dated event with its amount as a number', () => {
    const [item] = ftmItems(
      line({
        id: 'pay1',
        schema: 'Payment',
        properties: {
          payer: ['p1'],
          beneficiary: ['o1'],
          date: ['2011-12-29'],
          amountEur: ['100000'],
          purpose: ['donation'],
        },
      }),
      9,
      'x.ijson',
    );
    expect(item).toMatchObject({
      kind: 'fact',
      fact: {
        type: { name: 'PAID', verb: 'paid', shape: 'event' },
        subject: 'p1',
        object: 'o1',
        time: { at: { date: '2011-12-29', precision: 'day' } },
        attributes: { amountEur: 100000, purpose: 'donation', ftmSchema: 'Payment', ftmId: 'pay1' },
        key: 'pay1',
      },
    });
  });

  it('places states between startDate and endDate', () => {
    const [item] = ftmItems(
      line({
        id: 'd1',
        schema: 'Directorship',
        properties: {
          director: ['p1'],
          organization: ['o1'],
          startDate: ['2010'],
          endDate: ['2012-05'],
        },
      }),
      1,
      'x.ijson',
    );
    expect(item).toMatchObject({
      fact: {
        type: { name: 'DIRECTOR_OF', shape: 'state' },
        time: {
          start: { date: '2010', precision: 'year' },
          end: { date: '2012-05', precision: 'month' },
        },
      },
    });
  });

  it('uses the built-in types for ownership, membership and employment', () => {
    const owns = ftmItems(
      line({ id: 'o', schema: 'Ownership', properties: { owner: ['a'], asset: ['b'] } }),
      1,
      'f',
    );
    expect(owns[0]).toMatchObject({ fact: { type: { name: 'OWNS' } } });
  });

  it('reports bad JSON, a bad date and a missing end with line, column and field', () => {
    expect(ftmItems('{"id": "x",, }', 2, 'f')[0]).toMatchObject({
      kind: 'problem',
      scope: 'record',
      problem: { file: 'f', line: 2, field: 'line', message: 'is not valid JSON' },
    });
    const text = line({
      id: 'pay',
      schema: 'Payment',
      properties: { payer: ['a'], beneficiary: ['b'], date: ['29.12.2011'] },
    });
    expect(ftmItems(text, 4, 'f')[0]).toMatchObject({
      kind: 'problem',
      scope: 'fact',
      problem: { line: 4, column: text.indexOf('"date"') + 1, field: 'properties.date[0]' },
    });
    expect(
      ftmItems(line({ id: 'pay', schema: 'Payment', properties: { payer: ['a'] } }), 5, 'f')[0],
    ).toMatchObject({
      problem: { field: 'properties.beneficiary', message: 'is missing' },
    });
    expect(ftmItems(line({ id: '', schema: 'Person', properties: {} }), 6, 'f')[0]).toMatchObject({
      problem: { field: 'id' },
    });
  });
});
