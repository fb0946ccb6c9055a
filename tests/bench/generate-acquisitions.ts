// A generated acquisitions edge list shaped like Crunchbase's public export: permalink ids,
// names, categories and countries for both ends, a date and a price; star-shaped around hubs.
// `npm run bench:gen-acquisitions -- OUT.csv [--rows N] [--hubs N] [--seed N]`
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export interface AcquisitionsOptions {
  /** Rows in the file, duplicates and self-acquisitions included (20,000 by default). */
  readonly rows?: number;
  /** Frequent acquirers; their degrees follow Zipf's law (300 by default). */
  readonly hubs?: number;
  /** Seed of the pseudo-random sequence: the same options give the same file. */
  readonly seed?: number;
}

/** The header, in the order of the columns. */
export const ACQUISITION_COLUMNS = [
  'acquirer_permalink',
  'acquirer_name',
  'acquirer_category_code',
  'acquirer_country_code',
  'company_permalink',
  'company_name',
  'company_category_code',
  'company_country_code',
  'acquired_at',
  'price_amount',
  'price_currency_code',
] as const;

// prettier-ignore
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ra', 've', 'no', 'ti', 'sa', 'pe', 'lu', 'zo', 'ma', 'ri', 'do', 'fe',
  'gu', 'ha', 'ne', 'bo', 'ce', 'di', 'ja', 'ko', 'ta', 'qu', 'xi', 'wa', 'yo',
];
// prettier-ignore
const CATEGORIES = [
  'web', 'software', 'mobile', 'enterprise', 'ecommerce', 'advertising', 'games_video',
  'biotech', 'hardware', 'network_hosting', 'consulting', 'cleantech', 'semiconductor',
  'security', 'medical', 'public_relations', 'search', 'social', 'finance', 'analytics',
];
// prettier-ignore
const COUNTRIES = ['USA', 'USA', 'USA', 'USA', 'GBR', 'CAN', 'DEU', 'FRA', 'ISR', 'IND', 'CHN', 'SWE', 'ESP', 'NLD', 'JPN', 'BRA'];
const SUFFIXES = ['', '', ' Inc.', ' Labs', ' Systems', ' Networks', ' Media', ' Technologies'];
/** Names that test a reader: accents, quotes, commas, right-to-left script, an ampersand. */
const ODD_NAMES = [
  (w: string) => `Société ${w} Générale`,
  (w: string) => `${w} "Quoted" Ventures`,
  (w: string) => `${w}, Smith & Partners`,
  (w: string) => `שותפים ${w.toUpperCase()}`,
  (w: string) => `شركة ${w}`,
  (w: string) => `Ærø ${w} Ñandú`,
];

/** mulberry32: a small seeded generator of floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Company {
  readonly permalink: string;
  readonly name: string;
  readonly category: string;
  readonly country: string;
}

/** Company `i`: a unique word from its index (base 28), a name, a category and a country. */
function company(i: number, rand: () => number): Company {
  const b = SYLLABLES.length;
  let word = '';
  for (let n = i, k = 0; k < 4; k += 1, n = Math.floor(n / b)) word += SYLLABLES[n % b] ?? '';
  const odd = i % 97 === 13 ? ODD_NAMES[Math.floor(i / 97) % ODD_NAMES.length] : undefined;
  const title = word.charAt(0).toUpperCase() + word.slice(1);
  const suffix = SUFFIXES[Math.floor(rand() * SUFFIXES.length)] ?? '';
  return {
    permalink: `/organization/${word}`,
    name: odd ? odd(title) : title + suffix,
    category: rand() < 0.08 ? '' : (CATEGORIES[Math.floor(rand() * CATEGORIES.length)] ?? ''),
    country: rand() < 0.1 ? '' : (COUNTRIES[Math.floor(rand() * COUNTRIES.length)] ?? ''),
  };
}

/** A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The edge list as CSV text (RFC 4180, `\n` line ends, header first). Shape, for 20,000 rows
 * and 300 hubs: half the rows are bought by a hub (Zipf, so the first hub buys about 1,200),
 * the rest by some 6,800 occasional acquirers; about 26,000 distinct companies; one row in 500 is a
 * self-acquisition, one in 100 repeats an earlier row exactly, 60 % have no price, and every
 * 97th company has a name with accents, quotes, a comma or right-to-left script. Hubs are
 * sometimes written with a longer name (" Holdings" added), as names change over time.
 */
export function generateAcquisitions(options: AcquisitionsOptions = {}): string {
  const rows = options.rows ?? 20000;
  const hubs = options.hubs ?? 300;
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`invalid rows: ${rows}`);
  if (!Number.isInteger(hubs) || hubs < 1) throw new Error(`invalid hubs: ${hubs}`);
  const rand = random(options.seed ?? 1);
  const companies = new Map<number, Company>();
  const get = (i: number): Company => {
    let c = companies.get(i);
    if (!c) companies.set(i, (c = company(i, rand)));
    return c;
  };
  // Zipf weights over the hubs, as a cumulative table.
  const cumulative: number[] = [];
  let total = 0;
  for (let h = 0; h < hubs; h += 1) cumulative.push((total += 1 / (h + 1) ** 0.9));
  const hub = (): number => {
    const u = rand() * total;
    const h = cumulative.findIndex((c) => c >= u);
    return h < 0 ? hubs - 1 : h;
  };
  const tailPool = Math.max(1, Math.round(rows * 0.6));
  let next = hubs + tailPool;
  const lines: string[] = [ACQUISITION_COLUMNS.join(',')];
  for (let r = 0; r < rows; r += 1) {
    if (r % 100 === 57 && lines.length > 2) {
      lines.push(lines[1 + Math.floor(rand() * (lines.length - 1))] ?? '');
      continue;
    }
    const a = rand() < 0.5 ? hub() : hubs + Math.floor(rand() * tailPool);
    const self = r % 500 === 250;
    const t = self ? a : rand() < 0.04 ? Math.floor(rand() * next) : next++;
    const acquirer = get(a);
    const acquired = get(t === a && !self ? next++ : t);
    const renamed = a < hubs && rand() < 0.05 ? `${acquirer.name} Holdings` : acquirer.name;
    const day = new Date(Date.UTC(1995, 0, 1) + Math.floor(rand() * 7000) * 86400000);
    const date = rand() < 0.03 ? '' : day.toISOString().slice(0, 10);
    const price = rand() < 0.6 ? '' : String(Math.round(10 ** (5 + rand() * 5)));
    lines.push(
      [
        acquirer.permalink,
        renamed,
        acquirer.category,
        acquirer.country,
        acquired.permalink,
        acquired.name,
        acquired.category,
        acquired.country,
        date,
        price,
        price === '' ? '' : 'USD',
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The CLI: writes the file and prints its row count. */
function main(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      rows: { type: 'string' },
      hubs: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const [out] = positionals;
  if (out === undefined) {
    throw new Error('usage: npm run bench:gen-acquisitions -- OUT.csv [--rows N] [--hubs N]');
  }
  const number = (text: string | undefined): number | undefined =>
    text === undefined ? undefined : Number(text);
  const rows = number(values.rows);
  const hubs = number(values.hubs);
  const seed = number(values.seed);
  const text = generateAcquisitions({
    ...(rows !== undefined ? { rows } : {}),
    ...(hubs !== undefined ? { hubs } : {}),
    ...(seed !== undefined ? { seed } : {}),
  });
  writeFileSync(out, text);
  console.log(`${out}: ${text.split('\n').length - 2} rows`);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
