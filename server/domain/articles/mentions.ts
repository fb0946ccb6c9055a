// Mentions of known entities in a text: names and aliases matched word by word, case- and
// accent-insensitive, with possessives ("Kering's"), plurals ("Guccis") and a leading "the"
// ("the IACC") allowed; a name two entities share gives candidates.
import type { EntityKind } from '../vocabulary';
import { nameKey, tokenize, type Token } from './fold';

/** What the matcher needs of a known entity. */
export interface KnownEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A mention: the entity (best guess), exact offsets into the text, and other candidates. */
export interface Mention {
  readonly entity: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Every entity the words may name, the guess first; only when there are several. */
  readonly candidates?: readonly string[];
}

interface Form {
  readonly entity: KnownEntity;
  /** An initialism ("IACC", "AP"): matched only when written in capitals. */
  readonly acronym: boolean;
  /** A name with capitals: not matched by an all-lower-case word ("coach" is no Coach). */
  readonly proper: boolean;
}

/** Names and aliases of known entities by matching key, built once per analysis. */
export class MentionDictionary {
  private readonly forms = new Map<string, Form[]>();
  /** The most words any name has. */
  private longest = 1;

  /** Indexes every name and alias of `entities`; names shorter than two letters are skipped. */
  constructor(entities: Iterable<KnownEntity>) {
    for (const entity of entities) {
      for (const written of new Set([entity.name, ...entity.aliases])) this.add(written, entity);
    }
  }

  private add(written: string, entity: KnownEntity): void {
    let key = nameKey(written);
    if (key.startsWith('the ')) key = key.slice(4);
    if (key.replace(/ /g, '').length < 2) return;
    const letters = written.replace(/[^\p{L}]/gu, '');
    const form: Form = {
      entity,
      acronym: letters.length <= 5 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      // Topics are common nouns ("counterfeiting"); other names are proper ones.
      proper: /\p{Lu}/u.test(written) && entity.kind !== 'Topic',
    };
    const list = this.forms.get(key) ?? [];
    if (!list.some((f) => f.entity.id === entity.id)) list.push(form);
    this.forms.set(key, list);
    this.longest = Math.max(this.longest, key.split(' ').length);
  }

  /** The forms a run of words matches, the plural of the last word tried as well. */
  lookup(words: readonly Token[]): Form[] {
    const key = words.map((w) => w.key).join(' ');
    const exact = this.forms.get(key);
    if (exact) return exact;
    const last = words[words.length - 1]?.key ?? '';
    if (last.length < 4 || !last.endsWith('s')) return [];
    const head = key.slice(0, key.length - last.length);
    for (const stem of [last.slice(0, -1), last.endsWith('es') ? last.slice(0, -2) : '']) {
      const forms = stem.length >= 2 ? this.forms.get(head + stem) : undefined;
      if (forms) return forms;
    }
    return [];
  }

  /** The most words a name in the dictionary has. */
  get maxWords(): number {
    return this.longest;
  }
}

const PLACE_CUES = new Set(['in', 'from', 'across', 'throughout', 'to', 'into', 'within']);

/** Whether written words fit a form: capitals for initialisms, not all lower case for names. */
function fits(form: Form, written: string): boolean {
  if (form.acronym)
    return written.replace(/[^\p{L}]/gu, '') === written.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (form.proper) return written !== written.toLowerCase();
  return true;
}

/**
 * Orders the candidates of an ambiguous mention: a place first where the words before call
 * for one (a country that is also a brand), elsewhere anything but a place first.
 */
function rank(forms: readonly Form[], placeFirst: boolean): KnownEntity[] {
  const score = (f: Form): number => ((f.entity.kind === 'Place') === placeFirst ? 0 : 1);
  return [...forms].sort((a, b) => score(a) - score(b)).map((f) => f.entity);
}

/**
 * Every mention of a known entity in `text`, left to right, longest name first, without
 * overlaps. Offsets are UTF-16 offsets into `text`; a possessive `'s` and a leading "the" are
 * left out of the mention.
 */
export function findMentions(text: string, dictionary: MentionDictionary): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  let lastPlace: KnownEntity | undefined;
  // After "in", "from", ... or right after a place in a list ("Singapore and Peru").
  const placeCue = (i: number): boolean => {
    const previous = tokens[i - 1];
    if (previous && PLACE_CUES.has(previous.key)) return true;
    const before = mentions[mentions.length - 1];
    const start = (tokens[i] as Token).start;
    return (
      lastPlace !== undefined &&
      before?.entity === lastPlace.id &&
      /^\s*(?:,|and|, and|or)\s*$/.test(text.slice(before.end, start))
    );
  };
  let i = 0;
  while (i < tokens.length) {
    let found: { n: number; entities: KnownEntity[] } | undefined;
    for (let n = Math.min(dictionary.maxWords, tokens.length - i); n >= 1 && !found; n -= 1) {
      const words = tokens.slice(i, i + n);
      const first = words[0] as Token;
      const last = words[n - 1] as Token;
      // A name runs over spaces and light punctuation only, never across a sentence.
      if (/[.!?;:\n]/.test(text.slice(first.end, last.start).replace(/\.(?=\S)/g, ''))) continue;
      const written = text.slice(first.start, last.end);
      const forms = dictionary.lookup(words).filter((f) => fits(f, written));
      if (forms.length > 0) found = { n, entities: rank(forms, placeCue(i)) };
    }
    if (!found) {
      i += 1;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + found.n - 1] as Token;
    const [best] = found.entities as [KnownEntity, ...KnownEntity[]];
    lastPlace = best.kind === 'Place' ? best : undefined;
    mentions.push({
      entity: best.id,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      ...(found.entities.length > 1 ? { candidates: found.entities.map((e) => e.id) } : {}),
    });
    i += found.n;
  }
  return mentions;
}
