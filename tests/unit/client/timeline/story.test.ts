import { describe, expect, it } from 'vitest';
import { storyCsv, storyJson, storyMarkdown, storyOf } from '../../../../client/src/timeline/story';
import type { Timeline } from '../../../../server/domain/api';

const timeline: Timeline = {
  entities: { alibaba: 'Alibaba Group', reuters: 'Reuters', counterfeiting: 'Counterfeiting' },
  sources: {
    r: {
      id: 'r',
      kind: 'news-report',
      title: 'Alibaba says it spent',
      publisher: 'reuters',
      published: '2014-12-23',
      url: 'http://example.org/a(b)',
    },
  },
  events: [
    {
      id: 'o-spend',
      fact: 'o-spend',
      role: 'at',
      type: 'SPENT_ON',
      subject: 'alibaba',
      object: 'counterfeiting',
      time: { date: '2014-12-23', precision: 'day' },
      earliest: '2014-12-23',
      latest: '2014-12-23',
      when: '23 December 2014',
      sentence: 'Alibaba Group reported spending against Counterfeiting on 23 December 2014.',
      claim: 'spend',
      sources: [{ source: 'r' }],
    },
    {
      id: 'other',
      fact: 'other',
      role: 'at',
      type: 'LEFT',
      subject: 'gucci',
      object: 'iacc',
      time: { date: '2016-05-04', precision: 'day' },
      earliest: '2016-05-04',
      latest: '2016-05-04',
      when: '4 May 2016',
      sentence: '=cmd() Gucci left.',
      sources: [],
    },
  ],
};

describe("an entity's story", () => {
  const lines = storyOf(timeline, 'alibaba', new Set(['spend']));

  it("keeps only the entity's events, with sources and the disagreement marked", () => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      when: '23 December 2014',
      disputed: true,
      sources: [{ publisher: 'Reuters', title: 'Alibaba says it spent' }],
    });
  });

  it('exports CSV with a header, Markdown with escaped links, and versioned JSON', () => {
    const csv = storyCsv(lines).split('\n');
    expect(csv[0]).toBe('when,earliest,latest,precision,source wording,fact,sources,disputed');
    expect(csv[1]).toContain(
      '23 December 2014,2014-12-23,2014-12-23,day,,Alibaba Group reported spending',
    );
    expect(csv[1]).toMatch(/,yes$/);
    const md = storyMarkdown('Alibaba Group', lines);
    expect(md).toContain('## Alibaba Group: a timeline');
    expect(md).toContain(
      '[Alibaba says it spent](http://example.org/a%28b%29), Reuters, 2014-12-23',
    );
    expect(md).toContain('_(sources disagree)_');
    expect(JSON.parse(storyJson('alibaba', 'Alibaba Group', lines))).toMatchObject({
      type: 'brand-graph/story',
      version: 1,
      events: [{ disputed: true }],
    });
  });

  it('neutralises formula-like text in CSV', () => {
    const gucci = storyOf(timeline, 'gucci', new Set());
    expect(storyCsv(gucci).split('\n')[1]).toContain("'=cmd() Gucci left.");
  });
});
