import { describe, expect, it } from 'vitest';
import {
  decodeState,
  encodeState,
  INITIAL_STATE,
  type ViewState,
} from '../../../../client/src/explorer/view-state';

describe('view state in the URL', () => {
  it('round-trips every part of the state', () => {
    const state: ViewState = {
      scope: 'expanded',
      expanded: ['gucci', 'alibaba'],
      hidden: ['china'],
      hiddenKinds: ['Publication'],
      hiddenTypes: ['SUED', 'OWNS'],
      from: '2016-04-01',
      to: '2016-05-15',
      selected: { kind: 'fact', id: 'a-gucci-leaves-iacc' },
      path: { from: 'saint-laurent', to: 'ebay' },
      viewport: { x: 12.5, y: -40, k: 1.25 },
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('keeps links short: the initial state is an empty query', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    expect(decodeState('')).toEqual(INITIAL_STATE);
  });

  it('ignores anything malformed instead of trusting it', () => {
    const state = decodeState(
      '?expanded=gucci,<img>,ali/baba&hideKinds=Brand,Evil&hideTypes=SUED,drop%60&from=2016-02-30&to=yesterday&entity=x%27)&view=1,2,NaN&path=a',
    );
    expect(state).toEqual({
      scope: 'expanded',
      expanded: ['gucci'],
      hidden: [],
      hiddenKinds: ['Brand'],
      hiddenTypes: ['SUED'],
    });
  });
});

describe('links made before a kind was renamed', () => {
  it('read hideKinds=Organisation as Organization', () => {
    expect(decodeState('?hideKinds=Organisation,Brand').hiddenKinds).toEqual([
      'Organization',
      'Brand',
    ]);
  });
});

describe('ids and types from imported data', () => {
  it('keeps Wikidata and FtM ids and imported fact types (ids are not only kebab-case)', () => {
    const state = decodeState('?expanded=Q42,ftm.a1b2&hideTypes=PARENT_ORGANIZATION&entity=Q42');
    expect(state.expanded).toEqual(['Q42', 'ftm.a1b2']);
    expect(state.hiddenTypes).toEqual(['PARENT_ORGANIZATION']);
    expect(state.selected).toEqual({ kind: 'entity', id: 'Q42' });
  });
});

describe('time state in the URL', () => {
  it('round-trips the as-of day and the compared range, and drops them when malformed', () => {
    const state = {
      ...INITIAL_STATE,
      asOf: '2016-04-15',
      compare: { from: '2016-04-01', to: '2016-05-15' },
    };
    expect(decodeState(encodeState(state))).toEqual(state);
    expect(decodeState('?asOf=2016-13-01&compare=2016-05-15,2016-04-01')).toEqual(INITIAL_STATE);
  });
});
