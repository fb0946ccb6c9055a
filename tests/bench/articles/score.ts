// Scores an analysis against an article's labels: mention, proposal and date counts that add
// up over a set (precision and recall from the sums, not averages of ratios).
import type { TextAnalysis } from '../../../server/domain/articles/analyse';
import type { LabelledArticle } from '../../support/article-fixtures';

/** Right, predicted and labelled counts of one measure. */
export interface Counts {
  right: number;
  predicted: number;
  labelled: number;
}

/** The counts of one article (or a sum of articles). */
export interface Score {
  readonly mentions: Counts;
  readonly proposals: Counts;
  readonly dates: Counts;
}

const empty = (): Counts => ({ right: 0, predicted: 0, labelled: 0 });

/** A new score of zeros. */
export function emptyScore(): Score {
  return { mentions: empty(), proposals: empty(), dates: empty() };
}

/** Adds `b` into `a`. */
export function addScore(a: Score, b: Score): void {
  for (const key of ['mentions', 'proposals', 'dates'] as const) {
    a[key].right += b[key].right;
    a[key].predicted += b[key].predicted;
    a[key].labelled += b[key].labelled;
  }
}

/**
 * One article's counts: a mention is right with the same offsets and entity; a proposal with
 * the same type, subject and object as a labelled fact (each fact counted once per article);
 * a labelled date is right when a found date overlaps its words with the same date and
 * precision (and bounds, for an approximate one).
 */
export function scoreArticle(article: LabelledArticle, analysis: TextAnalysis): Score {
  const mentionKey = (m: { start: number; end: number; entity: string }): string =>
    `${m.start}:${m.end}:${m.entity}`;
  const labelledMentions = new Set(article.mentions.map(mentionKey));
  const mentions: Counts = {
    right: analysis.mentions.filter((m) => labelledMentions.has(mentionKey(m))).length,
    predicted: analysis.mentions.length,
    labelled: article.mentions.length,
  };
  const factKey = (f: { subject: string; type: string; object: string }): string =>
    `${f.subject} ${f.type} ${f.object}`;
  const labelledFacts = new Set(article.facts.map(factKey));
  const proposed = new Set(analysis.proposals.map(factKey));
  const proposals: Counts = {
    right: [...proposed].filter((k) => labelledFacts.has(k)).length,
    predicted: proposed.size,
    labelled: labelledFacts.size,
  };
  let rightDates = 0;
  for (const label of article.dates) {
    const found = analysis.dates.find((d) => d.start < label.end && label.start < d.end);
    const t = found?.time;
    const same =
      t !== undefined &&
      t.date === label.time.date &&
      t.precision === label.time.precision &&
      (label.time.earliest === undefined || t.earliest === label.time.earliest) &&
      (label.time.latest === undefined || t.latest === label.time.latest);
    if (same) rightDates += 1;
  }
  const dates: Counts = {
    right: rightDates,
    predicted: analysis.dates.length,
    labelled: article.dates.length,
  };
  return { mentions, proposals, dates };
}

/** right / predicted, or 1 when nothing was predicted. */
export const precision = (c: Counts): number => (c.predicted === 0 ? 1 : c.right / c.predicted);
/** right / labelled, or 1 when nothing was labelled. */
export const recall = (c: Counts): number => (c.labelled === 0 ? 1 : c.right / c.labelled);
