// The article evaluation set (tests/fixtures/articles): each article's text and hand labels,
// with label offsets found in order in the text; the seed article's labels, read with its
// text from ../shared/seed when that folder is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnownEntity } from '../../server/domain/articles/mentions';
import type { TimePoint } from '../../server/domain/time';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/articles');
/** The seed article's folder (outside the repository; may be absent). */
export const SEED_DIR = resolve(import.meta.dirname, '../../../shared/seed');

/** A labelled span: exact offsets of the labelled words. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A labelled fact: subject, type, object (entity ids). */
export interface LabelledFact {
  readonly subject: string;
  readonly type: string;
  readonly object: string;
}

/** One labelled article. */
export interface LabelledArticle {
  readonly name: string;
  readonly text: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
  /** Written after the rules were last changed: its figures are not tuned to it. */
  readonly heldOut: boolean;
  readonly mentions: (Span & { entity: string })[];
  readonly facts: LabelledFact[];
  readonly dates: (Span & {
    time: Pick<TimePoint, 'date' | 'precision' | 'earliest' | 'latest'>;
  })[];
}

interface LabelFile {
  title: string;
  publisher: string;
  url: string;
  published: string;
  file?: string;
  heldOut?: boolean;
  mentions: { text: string; entity: string }[];
  facts: LabelledFact[];
  dates: {
    text: string;
    date: string;
    precision: TimePoint['precision'];
    earliest?: string;
    latest?: string;
  }[];
}

/** Offsets of each label's words, searched in order from the previous label on. */
function place<T extends { text: string }>(
  text: string,
  labels: readonly T[],
  name: string,
): (T & Span)[] {
  let cursor = 0;
  return labels.map((label) => {
    const start = text.indexOf(label.text, cursor);
    if (start < 0) throw new Error(`${name}: label "${label.text}" not found after ${cursor}`);
    cursor = start + label.text.length;
    return { ...label, start, end: cursor };
  });
}

function labelled(name: string, text: string, file: LabelFile): LabelledArticle {
  return {
    name,
    text,
    title: file.title,
    publisher: file.publisher,
    url: file.url,
    published: file.published,
    heldOut: file.heldOut === true,
    mentions: place(text, file.mentions, name),
    facts: file.facts,
    dates: place(text, file.dates, name).map((d) => {
      const { text: words, start, end, ...time } = d;
      return { text: words, start, end, time };
    }),
  };
}

/** The known entities the set's labels refer to. */
export function fixtureEntities(): KnownEntity[] {
  const file = JSON.parse(readFileSync(join(FIXTURES, 'entities.json'), 'utf8')) as {
    entities: KnownEntity[];
  };
  return file.entities;
}

/** Every article of the evaluation set (NN-name.txt with NN-name.json), in name order. */
export function fixtureArticles(): LabelledArticle[] {
  return readdirSync(FIXTURES)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const labels = JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as LabelFile;
      return labelled(name, text, labels);
    });
}

/** The seed article with its labels, or undefined when ../shared/seed is absent. */
export function seedArticle(): LabelledArticle | undefined {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'seed-labels.json'), 'utf8')) as LabelFile;
  const path = join(SEED_DIR, labels.file ?? '');
  if (!existsSync(path)) return undefined;
  return labelled('seed', readFileSync(path, 'utf8'), labels);
}
