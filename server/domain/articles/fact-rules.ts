// The phrases that state a fact of a built-in type, read between two mentions of a sentence.
// Negative phrases come first and claim their words, so "decided against joining" gives
// DECLINED_TO_JOIN and never JOINED. Sources: the article's fact types (vocabulary.ts) and
// the verbs news reports use for them.
import type { BuiltInFactType, EntityKind } from '../vocabulary';

/** How a rule's match is read: which mention is the subject. */
export type RuleDirection =
  /** Subject before the phrase, object after ("Kering sued Alibaba"). */
  | 'active'
  /** Object before, subject after ("Alibaba is being sued by Kering"). */
  | 'passive'
  /** Subject after, object before ("a Washington-based group", "Kering-owned Gucci"). */
  | 'prefix';

/** One way of saying a fact of a type. */
export interface FactRule {
  readonly type: BuiltInFactType;
  /** The phrase (a regular expression source, matched case-insensitively on word bounds). */
  readonly phrase: string;
  readonly direction: RuleDirection;
  /** Kinds the subject may be (any when absent). */
  readonly subjects?: readonly EntityKind[];
  /** Kinds the object may be (any when absent). */
  readonly objects?: readonly EntityKind[];
  /** The type a refused phrase gives ("refused to formally join": DECLINED_TO_JOIN); none: no fact. */
  readonly negated?: BuiltInFactType;
  /** True when a date in the sentence is not the fact's time (where a group is based). */
  readonly timeless?: boolean;
}

const GROUPS: readonly EntityKind[] = ['Organization'];
const ACTORS: readonly EntityKind[] = [
  'Organization',
  'Company',
  'Brand',
  'Marketplace',
  'Person',
  'Publication',
];
const OWNED: readonly EntityKind[] = ['Company', 'Brand', 'Marketplace', 'Publication'];
const A = '(?:(?:a|an|the|its|their|his|her) )?';
const W = "(?:[\\w$.,'-]+ ){0,3}?";
const MEMBERSHIP = { subjects: ACTORS, objects: GROUPS } as const;

/** Every rule, strongest claim first (negative phrases before the positive ones they hold). */
export const FACT_RULES: readonly FactRule[] = [
  {
    type: 'DECLINED_TO_JOIN',
    phrase: `(?:declined|refused|decided not|chose not|opted not) to (?:join|become ${A}members? of)|decided against joining|(?:rejected|turned down) ${A}(?:invitation|offer|bid) to join|ruled out joining|(?:has|have|had) no plans? to join|stayed out of|(?:will not|won't|would not|wouldn't) (?:plan to |intend to |want to )?join`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'EXPRESSED_INTEREST_IN',
    phrase: `(?:expressed|voiced|signall?ed|showed|shown) ${W}interest in joining|(?:is|was|are|were) (?:considering|weighing|exploring) joining|applied (?:to join|for membership (?:in|of|with))`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'DROPPED_LAWSUIT_AGAINST',
    phrase: `(?:dropped|drops|withdrew|withdrawn|abandoned) ${A}${W}(?:lawsuit|suit|case|complaint|legal action)s? against`,
    direction: 'active',
  },
  {
    type: 'SUED',
    phrase:
      '(?:is|was|were|are|has been|had been|is being|was being|being) sued by|(?:faces|faced) (?:a )?(?:lawsuit|suit) (?:from|by)',
    direction: 'passive',
  },
  {
    type: 'SUED',
    phrase: `(?:sued|sues|suing|(?:filed|files|brought|lodged|launched) ${A}${W}(?:lawsuit|suit|complaint|legal action) against)`,
    direction: 'active',
    objects: ACTORS,
  },
  {
    type: 'SUSPENDED',
    phrase: '(?:was|were|has been|had been) (?:suspended|expelled) (?:from|by)',
    direction: 'passive',
    subjects: GROUPS,
  },
  { type: 'SUSPENDED', phrase: 'suspended|expelled', direction: 'active', subjects: GROUPS },
  {
    type: 'LEFT',
    phrase: `(?:left|quit|quits|leaves|exited|exits|withdrew from|withdraws from|pulled out of|resigned from|walked away from|(?:cancell?ed|ended|terminated) ${A}membership (?:in|of|with)|(?:is|was|were|would be|will be) leaving)`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'JOINED',
    negated: 'DECLINED_TO_JOIN',
    phrase: `(?:joined|joins|rejoined|rejoins|(?:became|become) ${A}${W}members? of|(?:signed|signs) up (?:with|to|for)|(?:was|were|has been|have been) admitted (?:to|into)|(?:was|were) (?:the )?(?:first|latest|last) to join)`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'JOINED',
    phrase: '(?:admitted|accepted)',
    direction: 'passive',
    subjects: ACTORS,
    objects: GROUPS,
  },
  {
    type: 'MEMBER_OF',
    phrase: `, (?:a|an) ${W}member of`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'MEMBER_OF',
    phrase: `(?:is|are|remains|remain|has been|have been) ${A}${W}members? of`,
    direction: 'active',
    ...MEMBERSHIP,
  },
  {
    type: 'OWNS',
    phrase: `(?:is|was|were|are|has been|had been|would be|will be) ${W}(?:owned|acquired|bought|purchased|taken over|snapped up) by|(?:a )?(?:unit|subsidiary|division|label) of|(?:acquisition|purchase|takeover) by`,
    direction: 'passive',
    subjects: ACTORS,
    objects: OWNED,
  },
  {
    type: 'OWNS',
    phrase: `(?:owns|acquired|acquires|bought|buys|purchased|purchases|took over|takes over|snapped up|(?:completed|closed|announced|agreed|finalized|finalised) ${A}${W}(?:acquisition|purchase|takeover) of|agreed to (?:buy|acquire|purchase|take over)|(?:is|was) the (?:parent|owner) of|(?:the |a )?(?:[\\w-]+ )?(?:owner|parent company|parent) of|(?:its|their|owns) (?:[\\w-]+ )?(?:brands|labels|houses),? (?:such as|including|like))`,
    direction: 'active',
    subjects: ACTORS,
    objects: OWNED,
  },
  {
    type: 'WORKS_FOR',
    phrase:
      '(?:chief executive|chief executive officer|ceo|president|chairman|chairwoman|founder|co-founder|spokesperson|spokesman|spokeswoman|designer|creative director|head) (?:of|at)',
    direction: 'active',
    subjects: ['Person'],
  },
  { type: 'OWNS', phrase: '-owned', direction: 'active', subjects: ACTORS, objects: OWNED },
  {
    type: 'CALLED',
    phrase:
      '(?:called|calling|described|describing|branded|branding|labell?ed)(?= [^.;]{1,40}?["\u201c])',
    direction: 'active',
  },
  {
    type: 'PARTNERED_WITH',
    phrase: `(?:partnered|partners|partnering|teamed up|teams up|joined forces|(?:signed|struck|formed|announced|entered into|launched|sealed) ${A}${W}(?:partnership|alliance|collaboration|agreement|pact|deal)|collaborated|collaborates) with`,
    direction: 'active',
    subjects: ACTORS,
    objects: ACTORS,
  },
  {
    type: 'BASED_IN',
    phrase: '(?:is|are|was)? ?(?:based|headquartered) in',
    direction: 'active',
    objects: ['Place'],
    timeless: true,
  },
  { type: 'BASED_IN', phrase: '-based', direction: 'prefix', objects: ['Place'], timeless: true },
];

/** Words that, just before a phrase, deny it ("did not join", "denied it had sued"): no fact. */
export const NEGATION =
  /\b(?:not|never|no longer|n't|denied|denies|deny|against)\s+(?:\w+\s+){0,4}$/i;

/** Words that, just before a phrase, refuse it ("refused to formally join"): its `negated` type. */
export const REFUSAL =
  /\b(?:refused|declined|decided not|chose not|opted not) to\s+(?:\w+\s+){0,2}$/i;
