// Source types onto the product's entity kinds: the kinds are labels, so the list stays fixed;
// the source's own type is kept beside the kind as `sourceType`.
import type { EntityKind } from '../domain/vocabulary';
import { ENTITY_KINDS } from '../domain/vocabulary';

/** Word rules for type names (Wikidata's "big city", a CSV label "Organization"), in order. */
const RULES: readonly (readonly [EntityKind, RegExp])[] = [
  ['Person', /^(human|person|people|individual)$/i],
  [
    'Company',
    /\b(business|company|companies|enterprise|corporation|firm|airline|record label|publisher|manufacturer|bank|brand)\b/i,
  ],
  ['Marketplace', /\b(marketplace|online shop|e-commerce)\b/i],
  [
    'Organization',
    /\b(organi[sz]ations?|university|college|school|political party|party|association|institution|institute|academy|club|team|musical group|band|league|union|agency|council|parliament|government|federation|society|foundation|ministry|public body|legislature|court)\b/i,
  ],
  [
    'Place',
    /\b(country|countries|city|town|village|municipality|commune|comune|state|capital|district|region|province|county|territor(y|ial)|island|mountain|river|lake|continent|settlement|metropolis|borough|place|address|location)\b/i,
  ],
  ['Publication', /\b(newspaper|magazine|journal|periodical|publication)\b/i],
];

/** The kind for a list of source types: the first type that a rule recognises decides. */
export function kindOfTypeNames(names: readonly string[]): EntityKind {
  for (const name of names) {
    const exact = ENTITY_KINDS.find((k) => k.toLowerCase() === name.toLowerCase());
    if (exact) return exact;
    for (const [kind, rule] of RULES) if (rule.test(name)) return kind;
  }
  return 'Other';
}

/** FollowTheMoney thing schemata onto kinds; the rest (LegalEntity, Vessel, ...) are Other. */
const FTM_KINDS: Readonly<Record<string, EntityKind>> = {
  Person: 'Person',
  Company: 'Company',
  Organization: 'Organization',
  PublicBody: 'Organization',
  Address: 'Place',
  RealEstate: 'Place',
  Article: 'Publication',
  Document: 'Publication',
  Pages: 'Publication',
  PlainText: 'Publication',
  HyperText: 'Publication',
  Email: 'Publication',
  Table: 'Publication',
  Workbook: 'Publication',
  Image: 'Publication',
  Video: 'Publication',
  Audio: 'Publication',
};

/** The kind of an FtM thing; schemata without a kind of their own (LegalEntity, Vessel) are Other. */
export function ftmKind(schema: string): EntityKind {
  return FTM_KINDS[schema] ?? 'Other';
}
