// The one URL codec of a view: what the explorer writes, an embed reads the same, and back.
import { describe, expect, it } from 'vitest';
import {
  decodeView,
  encodeView,
  EXPLORER_PARAMS,
  VIEW_PARAMS,
  type ExplorerFields,
  type ViewFields,
} from '../../../../server/domain/view-codec';

const read = (search: string, maxIds = 50) => decodeView(new URLSearchParams(search), maxIds);

describe('encodeView and decodeView', () => {
  it('round-trip every field, the shared ones first and in one order', () => {
    const view: ViewFields & ExplorerFields = {
      scope: 'all',
      expanded: ['gucci', 'Q42'],
      hidden: ['china'],
      hiddenKinds: ['Publication'],
      hiddenTypes: ['SUED'],
      from: '2016-01-01',
      to: '2016-12-31',
      asOf: '2016-05-01',
      selected: { kind: 'fact', id: 'a-gucci-leaves-iacc' },
      path: { from: 'gucci', to: 'ebay' },
      playing: true,
      compare: { from: '2016-04-01', to: '2016-05-15' },
      viewport: { x: 12.5, y: -40, k: 1.25 },
    };
    const p = encodeView(view);
    expect([...p.keys()]).toEqual([
      'expanded',
      'all',
      'hidden',
      'hideKinds',
      'hideTypes',
      'from',
      'to',
      'asOf',
      'fact',
      'path',
      'play',
      'compare',
      'view',
    ]);
    expect(
      [...p.keys()].every((k) => [...VIEW_PARAMS, ...EXPLORER_PARAMS].includes(k as never)),
    ).toBe(true);
    expect(read(p.toString())).toEqual({ view, problems: [] });
  });

  it('writes the initial view as the empty query and reads it back', () => {
    const initial: ViewFields = {
      scope: 'all',
      expanded: [],
      hidden: [],
      hiddenKinds: [],
      hiddenTypes: [],
    };
    expect(encodeView(initial).toString()).toBe('');
    expect(read('')).toEqual({ view: initial, problems: [] });
  });

  it('tells the first view plus expansions from expansions alone', () => {
    expect(encodeView({ ...read('').view, expanded: ['gucci'] }).toString()).toBe(
      'expanded=gucci&all=1',
    );
    expect(read('expanded=gucci&all=1').view.scope).toBe('all');
    expect(read('expanded=gucci').view.scope).toBe('expanded');
    expect(read('expanded=gucci&all=yes').problems).toEqual([
      { param: 'all', message: 'must be 1' },
    ]);
  });

  it('reports each malformed value with its parameter and leaves it out', () => {
    const { view, problems } = read(
      'expanded=gucci,<img>&hideTypes=SUED,drop`&from=2016-02-30&entity=x)&view=1,2,NaN&path=a&compare=2016-05-01',
    );
    expect(view).toEqual({
      scope: 'expanded',
      expanded: ['gucci'],
      hidden: [],
      hiddenKinds: [],
      hiddenTypes: ['SUED'],
    });
    expect(problems.map((p) => p.param).sort()).toEqual([
      'compare',
      'entity',
      'expanded',
      'from',
      'hideTypes',
      'path',
      'view',
    ]);
  });

  it('cuts lists at the given number of ids, and says so', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `e${i}`);
    const { view, problems } = read(`expanded=${ids.join(',')}`, 50);
    expect(view.expanded).toEqual(ids.slice(0, 50));
    expect(problems).toEqual([{ param: 'expanded', message: 'lists at most 50' }]);
  });

  it('refuses a selection of both an entity and a fact, and an empty focus', () => {
    expect(read('entity=gucci&fact=f1').problems).toContainEqual({
      param: 'fact',
      message: 'select an entity or a fact, not both',
    });
    expect(read('expanded=').problems[0]?.param).toBe('expanded');
  });
});

describe('known (as known on a day)', () => {
  it('round-trips after asOf and reports a day that is not one', () => {
    const p = encodeView({ ...read('').view, asOf: '2016-05-01', known: '2016-06-01' });
    expect(p.toString()).toBe('asOf=2016-05-01&known=2016-06-01');
    expect(read(p.toString()).view.known).toBe('2016-06-01');
    expect(read('known=2016-06-31').problems).toEqual([
      { param: 'known', message: 'must be a calendar day written YYYY-MM-DD' },
    ]);
    expect(read('known=2016-06-31').view.known).toBeUndefined();
  });
});
