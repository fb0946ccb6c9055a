import { describe, expect, it } from 'vitest';
import {
  addressOf,
  decodeState,
  encodeState,
  INITIAL_STATE,
  SAVED_PARAM,
  savedViewOf,
  type ViewState,
} from '../../../../client/src/explorer/view-state';
import { LIMITS } from '../../../../server/domain/limits';

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

describe('addressOf', () => {
  it('keeps a short view in the URL and round-trips it', () => {
    const state = decodeState('?expanded=gucci,alibaba&entity=gucci');
    const address = addressOf(state);
    expect(address.inline).toBe(true);
    expect(decodeState(address.query)).toEqual(state);
  });

  it('never lets the address pass the limit: a huge view is saved and linked by id', () => {
    const longId = (i: number): string => `entity-${i}-${'x'.repeat(180)}`;
    const ids = Array.from({ length: LIMITS.expandedPerView }, (_, i) => longId(i));
    const state = {
      ...decodeState(`?expanded=${ids.join(',')}&hidden=${ids.join(',')}`),
      selected: { kind: 'entity' as const, id: longId(1) },
    };
    expect(state.expanded).toHaveLength(LIMITS.expandedPerView);
    const address = addressOf(state);
    expect(address.query.length).toBeGreaterThan(LIMITS.urlChars);
    expect(address.inline).toBe(false);
    // What is saved restores the same view; what the address bar holds is short.
    expect(decodeState(address.query)).toEqual(state);
    const link = `?${SAVED_PARAM}=${'A'.repeat(22)}`;
    expect(link.length).toBeLessThan(LIMITS.urlChars);
    expect(savedViewOf(link)).toBe('A'.repeat(22));
    expect(savedViewOf('?saved=../etc')).toBeUndefined();
  });
});
