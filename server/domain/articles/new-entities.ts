// Capitalised names that match no known entity, offered as new entities with a guessed kind.
// Nothing is created: a person decides.
import type { EntityKind } from '../vocabulary';
import { fold, tokenize, type Token } from './fold';
import type { SentenceSpan } from './sentences';

/** A name the text gives that no known entity has, with the kind it most likely is. */
export interface NewEntity {
  readonly name: string;
  readonly kind: EntityKind;
  readonly start: number;
  readonly end: number;
}

const CONNECTORS = new Set(['of', '&', 'de', 'du', 'la', 'le', 'for', 'von', 'van']);
const NOT_NAMES = new Set(
  (
    'the a an in on at of for to by and or but as it its this that these those he she they we i ' +
    'you his her their our my mr mrs ms dr st according after before while when where what who ' +
    'both currently however meanwhile also last next earlier later photo monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december spring summer autumn fall winter ceo inc ' +
    'ltd llc co corp sign scroll recommended read more related today yesterday american ' +
    'british chinese european french german indian italian japanese korean russian spanish swiss'
  ).split(' '),
);
const COMPANY = /\b(?:inc|corp|corporation|group|holdings?|sa|ag|plc|ltd|llc|gmbh|co|spa|nv)$/;
const ORGANIZATION =
  /\b(?:coalition|association|council|federation|union|institute|alliance|committee|agency|office|court|commission|foundation|society|network|league|bureau|ministry|department|organi[sz]ation)$/;
const MARKETPLACE = /(?:\.com|\bmarket(?:place)?|\bmall|\bbazaar|\bexchange)$/;
const PUBLICATION =
  /\b(?:times|post|journal|news|gazette|herald|tribune|magazine|reuters|review|daily|weekly|wire)$/;
const PERSON_CUE =
  /\b(?:mr|mrs|ms|dr|said|says|chief executive|ceo|founder|spokesperson|spokesman|spokeswoman|president|chairman|chairwoman|director|lawyer|analyst)\.?,?\s*$/i;
const PLACE_CUE = /\b(?:in|from|across|throughout|based in|headquartered in)\s+$/i;

/** The kind a new name most likely is, from its own words and the words around it. */
export function guessKind(name: string, before: string, after: string): EntityKind {
  const key = fold(name);
  if (COMPANY.test(key)) return 'Company';
  if (ORGANIZATION.test(key)) return 'Organization';
  if (MARKETPLACE.test(key)) return 'Marketplace';
  if (PUBLICATION.test(key)) return 'Publication';
  if (PERSON_CUE.test(before) || /^,?\s*(?:said|says|told|who is)\b/i.test(after)) return 'Person';
  if (PLACE_CUE.test(before) || /^-based\b/.test(after)) return 'Place';
  if (/^\s*(?:brand|label|fashion house)\b/i.test(after)) return 'Brand';
  return 'Other';
}

const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** A title or boilerplate line: no closing stop and most of its words capitalised. */
function isHeadline(line: string): boolean {
  if (/[.!?]["\u201d]?$/.test(line)) return false;
  const words = tokenize(line).filter((t) => !/^\d/.test(t.text));
  const caps = words.filter((t) => capitalised(t) || CONNECTORS.has(t.key) || NOT_NAMES.has(t.key));
  return words.length >= 2 && caps.length / words.length >= 0.6;
}

/**
 * Runs of capitalised words ("Tapestry", "Federation of the Swiss Watch Industry") that overlap
 * no known mention or date (`taken`), once per name (its first place). A single word that
 * opens a sentence is taken only when the text also writes it capitalised elsewhere.
 */
export function findNewEntities(
  text: string,
  sentences: readonly SentenceSpan[],
  taken: readonly { start: number; end: number }[],
): NewEntity[] {
  const headlines = sentences.filter((s) => isHeadline(text.slice(s.start, s.end)));
  const tokens = tokenize(text).filter(
    (t) => !headlines.some((h) => h.start <= t.start && t.end <= h.end),
  );
  const starts = new Set(sentences.map((s) => s.start));
  const isFree = (t: Token): boolean => !taken.some((r) => r.start < t.end && t.start < r.end);
  const inside = new Set(
    tokens.filter((t, i) => capitalised(t) && !starts.has(t.start) && i > 0).map((t) => t.key),
  );
  const seen = new Set<string>();
  const found: NewEntity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const run: Token[] = [];
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      const prev = run[run.length - 1];
      if (prev && /[.,;:!?"\n()]/.test(text.slice(prev.end, t.start))) break;
      if (capitalised(t) && isFree(t) && !NOT_NAMES.has(t.key)) run.push(t);
      else if (run.length > 0 && CONNECTORS.has(t.key) && capitalised(tokens[j + 1] ?? t))
        run.push(t);
      else break;
      j += 1;
    }
    i = Math.max(j, i + 1);
    while (run.length > 0 && CONNECTORS.has((run[run.length - 1] as Token).key)) run.pop();
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) continue;
    if (run.length === 1 && starts.has(first.start) && !inside.has(first.key)) continue;
    if (/^\d/.test(first.text)) continue;
    const name = text.slice(first.start, last.end);
    const key = fold(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    const after = text.slice(last.end, last.end + 30);
    found.push({ name, kind: guessKind(name, before, after), start: first.start, end: last.end });
  }
  return found;
}
