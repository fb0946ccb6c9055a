// Phrases that name an entity mentioned before ("the group", "the coalition", "the company"),
// resolved to the latest earlier mention of a fitting kind, for the proposal rules only.
import type { EntityKind } from '../vocabulary';
import type { Mention } from './mentions';

/** A mention the proposal rules may use: a known entity's, or a phrase that refers back to one. */
export interface Referent extends Mention {
  readonly kind: EntityKind;
  /** True when the words refer back ("the group") rather than name the entity. */
  readonly anaphoric?: boolean;
}

// "the" and up to three describing words ("the Chinese e-commerce brand") before the noun.
const THE = "\\bthe (?:[\\p{L}'-]+ ){0,3}?";
const phrase = (nouns: string): RegExp => new RegExp(`${THE}(?:${nouns})\\b`, 'giu');
const PHRASES: readonly [RegExp, readonly EntityKind[]][] = [
  [phrase('marketplace|platform|e-commerce \\w+|online \\w+|site'), ['Marketplace']],
  [
    phrase(
      'group|coalition|association|organi[sz]ation|body|alliance|lobby|council|federation|network',
    ),
    ['Organization'],
  ],
  [phrase('group|conglomerate|owner'), ['Company']],
  [phrase('company|firm|retailer'), ['Company', 'Marketplace']],
  [phrase('brand|label|fashion house|house'), ['Brand', 'Company', 'Marketplace']],
];

/**
 * Known mentions plus referring phrases resolved to the latest earlier mention whose kind
 * fits (looking back at most `window` characters), sorted by offset. Phrases that resolve to
 * nothing are left out.
 */
export function withReferents(
  text: string,
  mentions: readonly Mention[],
  kindOf: (id: string) => EntityKind | undefined,
  window = 1500,
): Referent[] {
  const known: Referent[] = [];
  for (const m of mentions) {
    const kind = kindOf(m.entity);
    if (kind) known.push({ ...m, kind });
  }
  const referents = [...known];
  const taken = new Set<number>();
  for (const [pattern, kinds] of PHRASES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (taken.has(start)) continue;
      const earlier = known.filter(
        (m) => m.end <= start && start - m.end <= window && kinds.includes(m.kind),
      );
      const target = earlier[earlier.length - 1];
      if (!target) continue;
      taken.add(start);
      const end = start + match[0].length;
      referents.push({ ...target, start, end, text: match[0], anaphoric: true });
    }
  }
  return referents.sort((a, b) => a.start - b.start);
}
