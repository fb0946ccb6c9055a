// A hub of realistic shape for entity-page tests: one entity with 1,200 facts both ways, cited
// sources, and conflicting claims, as a fact file, with what its page must show.
import type { TestFile } from './fact-files';

/** Facts of the hub. */
export const FACTS = 1200;
const OTHERS = 300;
const SOURCES = 20;
/** Kinds of the other parties, by `party-k`'s k modulo 4. */
export const KINDS = ['Company', 'Brand', 'Person', 'Organization'] as const;

/** What the page must show for fact i: whom, which way, which sources, which conflict. */
export interface Expected {
  readonly other: string;
  readonly direction: 'out' | 'in';
  readonly sources: readonly string[];
  readonly conflictsWith: readonly string[];
}

/** Sources fact i cites: one, or two for every seventh fact. */
function citedBy(i: number): string[] {
  const first = `src-${i % SOURCES}`;
  return i % 7 === 0 ? [first, `src-${(i + 3) % SOURCES}`] : [first];
}

/**
 * A hub of realistic shape, as an import leaves it: facts both ways, of an event and a state
 * type, cited once or twice, and every 50th pair a claim whose two facts disagree (2010 against 2012).
 */
export function hubFile(): { file: TestFile; expected: Map<string, Expected> } {
  const expected = new Map<string, Expected>();
  const file: TestFile = {
    type: 'brand-graph/facts',
    version: 1,
    sources: Array.from({ length: SOURCES }, (_, s) => ({
      id: `src-${s}`,
      kind: 'news-article',
      title: `Report ${s}`,
      publisher: 'paper',
      published: '2016-05',
    })),
    entities: [
      { id: 'hub', kind: 'Company', name: 'Hub Holdings', aliases: [] },
      { id: 'paper', kind: 'Publication', name: 'The Paper', aliases: [] },
      ...Array.from({ length: OTHERS }, (_, k) => ({
        id: `party-${k}`,
        kind: KINDS[k % KINDS.length],
        name: `Party ${k}`,
        aliases: [],
      })),
    ],
    facts: [],
  };
  for (let i = 0; i < FACTS; i += 1) {
    const other = `party-${i % OTHERS}`;
    const out = i % 2 === 0;
    const claimed = i % 100 < 2; // facts 0 and 1, 100 and 101, ...: one claim each pair
    const event = claimed || i % 3 !== 0;
    const year = claimed ? (i % 2 === 0 ? '2010' : '2012') : String(1990 + (i % 30));
    const id = `f-${String(i).padStart(4, '0')}`;
    const pair = `f-${String(i % 2 === 0 ? i + 1 : i - 1).padStart(4, '0')}`;
    file.facts.push({
      id,
      type: event ? 'JOINED' : 'PARTNERED_WITH',
      // A claim's two facts say the same thing (same parties, same way) at different times.
      subject: claimed || out ? 'hub' : other,
      object: claimed || out ? (claimed ? `party-${(i - (i % 2)) % OTHERS}` : other) : 'hub',
      time: { [event ? 'at' : 'start']: { date: year, precision: 'year' } },
      sources: citedBy(i).map((source) => ({ source })),
      ...(claimed ? { claim: `claim-${i - (i % 2)}` } : {}),
    });
    expected.set(id, {
      other: claimed ? `party-${(i - (i % 2)) % OTHERS}` : other,
      direction: claimed || out ? 'out' : 'in',
      sources: citedBy(i),
      conflictsWith: claimed ? [pair] : [],
    });
  }
  return { file, expected };
}
