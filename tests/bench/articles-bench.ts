// `npm run bench:articles`: the article analysis over the labelled evaluation set
// (tests/fixtures/articles): mention, proposal and date figures, the seed article's apart
// (when ../shared/seed is there), and the time to analyse a 2,000-word article.
import { analyseArticle } from '../../server/domain/articles/analyse';
import {
  fixtureArticles,
  fixtureEntities,
  seedArticle,
  type LabelledArticle,
} from '../support/article-fixtures';
import {
  addScore,
  emptyScore,
  precision,
  recall,
  scoreArticle,
  type Score,
} from './articles/score';

const entities = fixtureEntities();
const verbose = process.argv.includes('--verbose');

function run(articles: readonly LabelledArticle[]): Score {
  const total = emptyScore();
  for (const article of articles) {
    const analysis = analyseArticle(article, entities);
    const score = scoreArticle(article, analysis);
    addScore(total, score);
    if (verbose) {
      const facts = new Set(article.facts.map((f) => `${f.subject} ${f.type} ${f.object}`));
      const got = new Set(analysis.proposals.map((f) => `${f.subject} ${f.type} ${f.object}`));
      for (const f of got) if (!facts.has(f)) console.log(`  ${article.name} extra: ${f}`);
      for (const f of facts) if (!got.has(f)) console.log(`  ${article.name} missed: ${f}`);
    }
  }
  return total;
}

const f2 = (n: number): string => n.toFixed(2);
function report(label: string, s: Score): void {
  console.log(label);
  console.log(
    `  mentions   recall ${f2(recall(s.mentions))} precision ${f2(precision(s.mentions))}` +
      ` (${s.mentions.right} right of ${s.mentions.labelled} labelled, ${s.mentions.predicted} found)`,
  );
  console.log(
    `  proposals  recall ${f2(recall(s.proposals))} precision ${f2(precision(s.proposals))}` +
      ` (${s.proposals.right} right of ${s.proposals.labelled} labelled, ${s.proposals.predicted} proposed)`,
  );
  console.log(
    `  dates      value+precision right ${f2(recall(s.dates))} (${s.dates.right} of ${s.dates.labelled} labelled)`,
  );
}

const articles = fixtureArticles();
report(`Evaluation set: ${articles.length} articles`, run(articles));
const heldOut = articles.filter((a) => a.heldOut);
report(
  `  of which held out (written after the rules were last changed): ${heldOut.length}`,
  run(heldOut),
);
const seed = seedArticle();
if (seed) report('Seed article (../shared/seed)', run([seed]));
else console.log('Seed article: skipped (../shared/seed is absent)');

// A 2,000-word article: the set's texts one after another until 2,000 words.
const words: string[] = [];
while (words.length < 2000) for (const a of articles) words.push(...a.text.split(/(?<=\s)/));
const long = words.slice(0, 2000).join('');
const times: number[] = [];
for (let i = 0; i < 7; i += 1) {
  const t0 = performance.now();
  analyseArticle({ text: long, published: '2024-06-30' }, entities);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `2,000-word article: median ${times[3]?.toFixed(0)} ms, slowest ${times.at(-1)?.toFixed(0)} ms (7 runs, the first one cold)`,
);
