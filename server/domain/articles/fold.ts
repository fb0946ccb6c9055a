// Text folded for matching (lower case, accents and typographic apostrophes removed) with a map
// back to the original offsets, and the word tokens of a text with their offsets.

/** Folded text and, for each of its UTF-16 units, the offset of the original unit it came from. */
export interface FoldedText {
  readonly text: string;
  readonly origin: readonly number[];
}

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;

/** One character folded: NFKD, combining marks removed, lower case, ’ as '. */
export function foldChar(ch: string): string {
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(APOSTROPHES, "'");
}

/**
 * Folds a whole text for case- and accent-insensitive matching (Unicode NFKD without combining
 * marks, as UTS #10's primary strength ignores accents and case); `origin[i]` is the offset in
 * `text` of folded unit `i`, so a match in folded text maps back to exact original offsets.
 */
export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k += 1) origin.push(i);
    i += ch.length;
  }
  return { text: folded, origin };
}

/** A plain string folded (names and aliases of known entities). */
export function fold(text: string): string {
  return foldText(text).text;
}

/** A word of a text: its offsets in the original text and its folded form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly text: string;
  /** The word folded (`foldText`). */
  readonly key: string;
}

// A word: letters and digits, with inner dots of initialisms ("D.C.", "U.S.") and inner
// ampersands ("H&M") kept inside it; hyphens part words ("Gucci-owned" holds "Gucci").
const WORD = /[\p{L}\p{N}]+(?:[.&][\p{L}\p{N}]+)*\.?/gu;

/**
 * The words of a text with exact offsets. A trailing dot is kept only for initialisms ("D.C.");
 * a possessive `'s` is not part of the word ("Kering's" gives "Kering").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (word.endsWith('.') && !/\.[\p{L}\p{N}]+\.$/u.test(word)) word = word.slice(0, -1);
    const start = m.index;
    tokens.push({ start, end: start + word.length, text: word, key: tokenKey(word) });
  }
  return tokens;
}

/** The matching key of a word: folded, dots dropped ("D.C." and "DC" agree). */
export function tokenKey(word: string): string {
  return fold(word).replace(/\./g, '');
}

/** The matching key of a name: its words' keys joined by one space. */
export function nameKey(name: string): string {
  return tokenize(name)
    .map((t) => t.key)
    .join(' ');
}
