// Revisions, conflicts and ranks in words: who, when, what changed, and what can be reverted.
import { describe, expect, it } from 'vitest';
import { differences, valueWords, type Names } from '../../../../client/src/authoring/record-words';
import { draftOfRank, rankMissing, rankPatchOf } from '../../../../client/src/authoring/rank-draft';
import {
  changeLines,
  revertable,
  revisionHeading,
} from '../../../../client/src/authoring/revision-words';
import type { Fact } from '../../../../server/domain/model';
import type { Revision } from '../../../../server/domain/wire/authoring';

const names: Names = {
  entity: (id) => ({ gucci: 'Gucci', wwd: 'WWD' })[id] ?? id,
  source: (id) =>
    id === 's1'
      ? {
          id,
          kind: 'news-article',
          title: 'Gucci rejoins',
          publisher: 'wwd',
          published: '2016-06-20',
        }
      : undefined,
};

const rename: Revision = {
  id: 'rev-12',
  seq: 12,
  at: '2026-11-30T15:40:12.345Z',
  editor: 'alice',
  comment: 'full name',
  action: 'update',
  target: 'entity',
  targetId: 'gucci',
  before: { name: 'Gucci' },
  after: { name: 'Gucci (Kering)' },
  changes: [{ field: 'name', before: 'Gucci', after: 'Gucci (Kering)' }],
};

describe('revisions in words', () => {
  it('says who did what and when (UTC), and each change', () => {
    expect(revisionHeading(rename)).toBe('alice edited, 2026-11-30 15:40 UTC');
    expect(revisionHeading({ ...rename, action: 'revert', revertOf: 'rev-11' })).toBe(
      'alice reverted, 2026-11-30 15:40 UTC (reverting rev-11)',
    );
    expect(changeLines(rename, names)).toEqual(['Name: Gucci → Gucci (Kering)']);
  });

  it('offers revert for entity edits and fact changes, not an entity creation or a file load', () => {
    expect(revertable(rename)).toBe(true);
    expect(revertable({ ...rename, action: 'create', before: null })).toBe(false);
    expect(revertable({ ...rename, target: 'fact', action: 'create', before: null })).toBe(true);
    expect(revertable({ ...rename, target: 'file', action: 'load' })).toBe(false);
  });

  it('says times with their wording, citations by title and words, ends by name', () => {
    const time = { at: { date: '2016-06', precision: 'month', wording: 'mid-June' } };
    expect(valueWords('time', time, names)).toBe('in June 2016, the source says "mid-June"');
    expect(valueWords('sources', [{ source: 's1', span: { text: 'rejoined' } }], names)).toBe(
      'Gucci rejoins (WWD, 2016-06-20): “rejoined”',
    );
    expect(valueWords('subject', 'gucci', names)).toBe('Gucci');
    expect(valueWords('claim', undefined, names)).toBe('(none)');
  });

  it('lists the fields where theirs and yours differ', () => {
    expect(
      differences(
        { name: 'Gucci SpA', kind: 'Brand' },
        { name: 'Gucci Ltd', kind: 'Brand' },
        ['name', 'kind'],
        names,
      ),
    ).toEqual([{ field: 'name', label: 'Name', theirs: 'Gucci SpA', yours: 'Gucci Ltd' }]);
  });
});

describe('ranks', () => {
  const fact: Fact = {
    id: 'f1',
    type: 'JOINED',
    subject: 'gucci',
    object: 'iacc',
    time: {},
    attributes: {},
    sources: [],
  };

  it('needs a reason to deprecate or dispute, and sends rank, disputed and reason', () => {
    const draft = { ...draftOfRank(fact), rank: 'deprecated' as const };
    expect(rankMissing(draft).map((m) => m.path)).toEqual(['rankReason']);
    expect(rankPatchOf(fact, draftOfRank(fact))).toBeNull();
    expect(rankPatchOf(fact, { ...draft, disputed: true, reason: ' superseded ' })).toEqual({
      revision: 0,
      rank: 'deprecated',
      disputed: true,
      rankReason: 'superseded',
    });
  });
});
