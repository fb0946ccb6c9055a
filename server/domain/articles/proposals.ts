// Fact proposals from sentences: a rule's phrase (fact-rules.ts) between two mentions gives
// subject, type and object; the sentence is the evidence and the nearest date its time.
import { FACT_TYPES } from '../vocabulary';
import type { FactTime, TimePoint } from '../time';
import type { Referent } from './anaphora';
import type { DateMention } from './dates';
import { readMatch, type ReadMatch } from './clause';
import { FACT_RULES, NEGATION, REFUSAL, type FactRule } from './fact-rules';
import type { SentenceSpan } from './sentences';

/** The words of the source that state a fact: exact offsets into the text and the words. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A fact the text seems to state, for a person to accept, edit or reject. */
export interface Proposal {
  readonly type: string;
  readonly subject: string;
  readonly object: string;
  readonly time: FactTime;
  readonly evidence: Evidence;
}

const COMPILED = FACT_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(
    `${/^[\w(]/.test(rule.phrase) ? '(?<![\\w-])' : ''}(?:${rule.phrase})(?![\\w])`,
    'gi',
  ),
}));
const DENIED_INSIDE = /\b(?:not|never|no longer)\b|n't\b/i;

/**
 * The rule phrases of a sentence (`body`, starting at `offset` in the text) in text order;
 * stronger rules (earlier in FACT_RULES) claim their words first.
 */
function phrasesIn(body: string, offset: number): { rule: FactRule; start: number; end: number }[] {
  const claimed: { rule: FactRule; start: number; end: number }[] = [];
  for (const { rule, pattern } of COMPILED) {
    for (const match of body.matchAll(pattern)) {
      const start = offset + match.index;
      const end = start + match[0].length;
      if (!claimed.some((c) => c.start < end && start < c.end)) claimed.push({ rule, start, end });
    }
  }
  return claimed.sort((a, b) => a.start - b.start);
}

/** The time of a fact stated at [start, end): the nearest date in its sentence. */
function timeOf(
  sentence: SentenceSpan,
  dates: readonly DateMention[],
  start: number,
  end: number,
): TimePoint | undefined {
  const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const distance = (d: DateMention): number =>
    d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
  const nearest = [...inside].sort((a, b) => distance(a) - distance(b))[0];
  return nearest?.time;
}

/**
 * Fact proposals for every sentence, in text order: a rule's phrase between two referents of
 * the kinds it allows, negation turning it to its negative type (or to none); each proposal
 * once per sentence. Event types get `time.at`, state types `time.start`.
 */
export function proposeFacts(
  text: string,
  sentences: readonly SentenceSpan[],
  referents: readonly Referent[],
  dates: readonly DateMention[],
): Proposal[] {
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const pool = referents.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    if (pool.length < 2) continue;
    const body = text.slice(sentence.start, sentence.end);
    const read: ReadMatch[] = [];
    for (const { rule, start, end } of phrasesIn(body, sentence.start)) {
      const lead = text.slice(sentence.start, start);
      const denied = NEGATION.test(lead) || DENIED_INSIDE.test(text.slice(start, end));
      const type = REFUSAL.test(lead) ? rule.negated : denied ? undefined : rule.type;
      const match = readMatch(text, pool, rule, start, end, read);
      read.push(match);
      if (!type) continue;
      const time = rule.timeless ? undefined : timeOf(sentence, dates, start, end);
      for (const s of match.subjects) {
        for (const o of match.objects) {
          if (s.entity === o.entity) continue;
          if (rule.subjects && !rule.subjects.includes(s.kind)) continue;
          if (rule.objects && !rule.objects.includes(o.kind)) continue;
          const key = `${type}|${s.entity}|${o.entity}|${sentence.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const shape = FACT_TYPES[type].shape;
          proposals.push({
            type,
            subject: s.entity,
            object: o.entity,
            time: time ? (shape === 'event' ? { at: time } : { start: time }) : {},
            evidence: { start: sentence.start, end: sentence.end, text: body },
          });
        }
      }
    }
  }
  return proposals;
}
