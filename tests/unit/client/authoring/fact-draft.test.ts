// The fact form's plan: what is missing before sending (a source above all), the new source
// first, then the fact or only what changed.
import { describe, expect, it } from 'vitest';
import {
  attributesOf,
  factPatchOf,
  factPlanOf,
  withNewSource,
  type CitationDraft,
  type FactDraft,
} from '../../../../client/src/authoring/fact-draft';
import { EMPTY_POINT } from '../../../../client/src/authoring/time-draft';
import type { Fact } from '../../../../server/domain/model';

const noCitation: CitationDraft = {
  mode: 'existing',
  source: '',
  title: '',
  publisher: '',
  url: '',
  published: '',
  span: '',
};
const draft: FactDraft = {
  type: 'JOINED',
  subject: 'gucci',
  object: 'iacc',
  at: { ...EMPTY_POINT, date: '2016-06', wording: 'mid-June' },
  start: EMPTY_POINT,
  end: EMPTY_POINT,
  attributes: '',
  claim: '',
  kept: [],
  citation: noCitation,
  comment: '',
};

describe('factPlanOf', () => {
  it('says a source is needed when none is given', () => {
    expect(factPlanOf(draft, 'event').missing).toEqual([
      { path: 'sources', message: 'A fact needs at least one source that states it' },
    ]);
  });

  it('cites an existing source with the quoted span, the time as the source words it', () => {
    const plan = factPlanOf(
      { ...draft, citation: { ...noCitation, source: 's1', span: 'rejoined in mid-June' } },
      'event',
    );
    expect(plan.missing).toEqual([]);
    expect(plan.fact).toEqual({
      type: 'JOINED',
      subject: 'gucci',
      object: 'iacc',
      time: { at: { date: '2016-06', precision: 'month', wording: 'mid-June' } },
      attributes: {},
      sources: [{ source: 's1', span: { text: 'rejoined in mid-June' } }],
    });
  });

  it('creates a new source first, naming what it lacks', () => {
    const half = { ...noCitation, mode: 'new' as const, title: 'Gucci rejoins' };
    expect(factPlanOf({ ...draft, citation: half }, 'event').missing.map((m) => m.path)).toEqual([
      'newSource.publisher',
      'newSource.published',
    ]);
    const whole = { ...half, publisher: 'wwd', published: '2016-06-20', url: 'https://wwd.com/x' };
    const plan = factPlanOf({ ...draft, citation: whole }, 'event');
    expect(plan.missing).toEqual([]);
    expect(plan.newSource).toEqual({
      kind: 'news-article',
      title: 'Gucci rejoins',
      publisher: 'wwd',
      published: '2016-06-20',
      url: 'https://wwd.com/x',
    });
    expect(withNewSource(plan.fact, 's-new').sources).toEqual([{ source: 's-new' }]);
  });

  it('needs the quoted span of a statement, two different ends and a state its interval', () => {
    const called = { ...draft, type: 'CALLED', citation: { ...noCitation, source: 's1' } };
    expect(factPlanOf(called, 'event').missing.map((m) => m.path)).toEqual(['sources[0].span']);
    const loop = { ...draft, object: 'gucci', citation: { ...noCitation, source: 's1' } };
    expect(factPlanOf(loop, 'event').missing.map((m) => m.path)).toEqual(['object']);
    const state = { ...draft, type: 'OWNS', start: { ...EMPTY_POINT, date: '1999' } };
    expect(
      factPlanOf({ ...state, citation: { ...noCitation, source: 's1' } }, 'state').fact.time,
    ).toEqual({
      start: { date: '1999', precision: 'year' },
    });
  });

  it('reads attributes as key: value lines, numbers and booleans as such', () => {
    expect(attributesOf('amount: 50000\ncurrency: USD\nconfirmed: true')).toEqual({
      attributes: { amount: 50000, currency: 'USD', confirmed: true },
      missing: [],
    });
    expect(attributesOf('no colon').missing).toEqual([
      { path: 'attributes', message: 'Line 1: write key: value' },
    ]);
  });
});

describe('factPatchOf', () => {
  const opened: Fact = {
    id: 'f1',
    type: 'JOINED',
    subject: 'gucci',
    object: 'iacc',
    time: {},
    attributes: {},
    sources: [{ source: 's1' }],
    claim: 'gucci-joins',
    revision: 3,
  };

  it('sends the revision opened and only the fields changed; an emptied claim is cleared', () => {
    const same = {
      type: 'JOINED',
      subject: 'gucci',
      object: 'iacc',
      time: {},
      attributes: {},
      sources: [{ source: 's1' }],
      claim: 'gucci-joins',
    };
    expect(factPatchOf(opened, same)).toBeNull();
    const time = { at: { date: '2016', precision: 'year' as const } };
    expect(factPatchOf(opened, { ...same, time, claim: undefined }, 'dated')).toEqual({
      revision: 3,
      time,
      claim: null,
      comment: 'dated',
    });
  });
});
