import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../../../server/domain/articles/analyse';
import {
  fixtureArticles,
  fixtureEntities,
  seedArticle,
} from '../../../../support/article-fixtures';
import { scoreArticle } from '../../../../bench/articles/score';

describe('analyseArticle over the labelled set', () => {
  it('finds every labelled mention of each article, with its offsets and entity', () => {
    for (const article of fixtureArticles()) {
      const { mentions } = analyseArticle(article, fixtureEntities());
      expect(
        mentions.map((m) => [m.start, m.entity]),
        article.name,
      ).toEqual(article.mentions.map((m) => [m.start, m.entity]));
    }
  });

  it('offers capitalised names that match nothing as new entities with a guessed kind', () => {
    const article = fixtureArticles().find((a) => a.name.startsWith('02-'));
    if (!article) throw new Error('article 02 is missing');
    const { newEntities } = analyseArticle(article, fixtureEntities());
    expect(newEntities.map((e) => e.name)).toEqual(['Lisbon', 'Lima']);
    expect(newEntities[0]?.kind).toBe('Place');
  });

  it('runs the seed article against its labels', (context) => {
    const seed = seedArticle();
    if (!seed) {
      context.skip('../shared/seed is absent: the seed article is not in the repository');
      return;
    }
    const analysis = analyseArticle(seed, fixtureEntities());
    const score = scoreArticle(seed, analysis);
    expect(score.mentions.right).toBe(seed.mentions.length);
    expect(score.dates.right).toBe(seed.dates.length);
    const facts = analysis.proposals.map((p) => `${p.subject} ${p.type} ${p.object}`);
    expect(facts).toContain('ebay DECLINED_TO_JOIN iacc');
    expect(facts).not.toContain('ebay JOINED iacc');
    const dropped = analysis.proposals.find((p) => p.type === 'DROPPED_LAWSUIT_AGAINST');
    expect(dropped?.time.at).toMatchObject({
      date: '2014',
      precision: 'year',
      wording: 'At the time',
    });
    // Every proposal of the seed is a labelled fact (precision 1 when this was written).
    expect(score.proposals.right).toBe(score.proposals.predicted);
  });
});
