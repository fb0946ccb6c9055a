import { describe, expect, it } from 'vitest';
import {
  findMentions,
  MentionDictionary,
  type KnownEntity,
} from '../../../../../server/domain/articles/mentions';

const ENTITIES: KnownEntity[] = [
  {
    id: 'iacc',
    kind: 'Organization',
    name: 'International Anti-Counterfeiting Coalition',
    aliases: ['IACC'],
  },
  { id: 'kering', kind: 'Company', name: 'Kering', aliases: ['Kering Group'] },
  { id: 'hermes', kind: 'Brand', name: 'Hermès', aliases: [] },
  { id: 'coach', kind: 'Brand', name: 'Coach', aliases: [] },
  { id: 'dc', kind: 'Place', name: 'Washington, D.C.', aliases: ['DC'] },
  { id: 'peru-brand', kind: 'Brand', name: 'Peru', aliases: [] },
  { id: 'peru', kind: 'Place', name: 'Peru', aliases: [] },
  { id: 'fakes', kind: 'Topic', name: 'Counterfeiting', aliases: ['fake'] },
];
const find = (text: string) =>
  findMentions(text, new MentionDictionary(ENTITIES)).map((m) => [m.text, m.entity, m.start]);

describe('findMentions', () => {
  it('matches names and aliases with exact offsets, the longest name first', () => {
    const text = 'The International Anti-Counterfeiting Coalition (the IACC) met Kering Group.';
    expect(find(text)).toEqual([
      ['International Anti-Counterfeiting Coalition', 'iacc', 4],
      ['IACC', 'iacc', 53],
      ['Kering Group', 'kering', 63],
    ]);
  });

  it('ignores case and accents but not a lower-case common word', () => {
    expect(find('HERMES and Hermes sued; KERING agreed.').map((m) => m[1])).toEqual([
      'hermes',
      'hermes',
      'kering',
    ]);
    expect(find('The coach said Coach was right.')).toEqual([['Coach', 'coach', 15]]);
  });

  it('leaves a possessive out of the mention and reads plurals of the last word', () => {
    expect(find("Kering's brands and fakes")).toEqual([
      ['Kering', 'kering', 0],
      ['fakes', 'fakes', 20],
    ]);
  });

  it('matches an initialism only in capitals and across its dots', () => {
    expect(find('a Washington, D.C.-based group in DC, not dc')).toEqual([
      ['Washington, D.C.', 'dc', 2],
      ['DC', 'dc', 34],
    ]);
  });

  it('offers every candidate for a shared name, a place first after "in"', () => {
    const [brand, place] = findMentions(
      'Peru sued a shop in Peru.',
      new MentionDictionary(ENTITIES),
    );
    expect(brand).toMatchObject({ entity: 'peru-brand', candidates: ['peru-brand', 'peru'] });
    expect(place).toMatchObject({ entity: 'peru', candidates: ['peru', 'peru-brand'] });
  });
});
