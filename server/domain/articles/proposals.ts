// Fact proposals from sentences: a rule's phrase (fact-rules.ts) between two mentions gives
// subject, type and object; the sentence is the evidence and the nearest date its time.
import { FACT_TYPES } from '../vocabulary';
import type { FactTime, TimePoint } from '../time';
import type { Referent } from './anaphora';
import type { DateMention } from './dates';
import { FACT_RULES, NEGATION, type FactRule } from './fact-rules';
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
    `${rule.phrase.startsWith('-') ? '' : '(?<![\\w-])'}(?:${rule.phrase})(?![\\w])`,
    'gi',
  ),
}));
const JOINERS = /^\s*(?:,|and|, and|&|as well as|or|, or)\s*$/i;

/** The mention (with any joined by "and" or commas) that ends nearest before `pos`. */
function groupBefore(text: string, pool: readonly Referent[], pos: number): Referent[] {
  const before = pool.filter((m) => m.end <= pos);
  let index = before.length - 1;
  const nearest = before[index];
  if (!nearest || text.slice(nearest.end, pos).length > 160) return [];
  // 1. An apposition right before the phrase ("Alibaba, China's biggest seller, joined"):
  //    the subject is the mention before its first comma.
  for (let k = index - 1; k >= 0; k -= 1) {
    const gap = text.slice((before[k] as Referent).end, pos);
    if (/^\s*,[^,;]*,\s*$/.test(gap)) index = k;
  }
  const group = [before[index] as Referent];
  // 2. "Gucci and Michael Kors", "Gucci, Prada and Kering".
  for (let k = index - 1; k >= 0; k -= 1) {
    const prev = before[k] as Referent;
    if (!JOINERS.test(text.slice(prev.end, (group[0] as Referent).start))) break;
    group.unshift(prev);
  }
  return group;
}

/** The mention (with any joined to it) that starts soon after `pos`, past a few words. */
function groupAfter(text: string, pool: readonly Referent[], pos: number): Referent[] {
  const after = pool.filter((m) => m.start >= pos);
  const first = after[0];
  if (!first || !/^[\s\p{L}\p{N}'’$.-]{0,48}$/u.test(text.slice(pos, first.start))) return [];
  const group = [first];
  for (const next of after.slice(1)) {
    if (!JOINERS.test(text.slice((group[group.length - 1] as Referent).end, next.start))) break;
    group.push(next);
  }
  return group;
}

/** Subjects and objects a rule's match at [start, end) pairs, by its direction. */
function ends(
  text: string,
  pool: readonly Referent[],
  rule: FactRule,
  start: number,
  end: number,
): [Referent[], Referent[]] {
  if (rule.direction === 'active') {
    return [groupBefore(text, pool, start), groupAfter(text, pool, end)];
  }
  if (rule.direction === 'passive') {
    return [groupAfter(text, pool, end), groupBefore(text, pool, start)];
  }
  const object = pool.filter((m) => m.end <= start && start - m.end <= 1).slice(-1);
  const [o] = object;
  if (!o) return [[], []];
  const after = groupAfter(text, pool, end).filter((m) => !m.anaphoric || m.entity !== o.entity);
  if (after.length > 0) return [after, object];
  // "The IACC, a Washington, D.C.-based group": the subject stands before the apposition.
  const before = pool.filter((m) => m.end <= o.start);
  const head = before[before.length - 1];
  if (head && /^\s*,\s*(?:a|an|the)\s+$/i.test(text.slice(head.end, o.start))) {
    return [[head], object];
  }
  return [[], object];
}

/** The time of a fact stated at [start, end): the nearest date in the sentence, or "at the time". */
function timeOf(
  sentence: SentenceSpan,
  text: string,
  dates: readonly DateMention[],
  start: number,
  end: number,
): TimePoint | undefined {
  const inside = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const distance = (d: DateMention): number =>
    d.end <= start ? start - d.end : d.start >= end ? d.start - end : 0;
  const nearest = [...inside].sort((a, b) => distance(a) - distance(b))[0];
  if (nearest) return nearest.time;
  const words = /\bat the time\b/i.exec(text.slice(sentence.start, sentence.end));
  const earlier = dates.filter((d) => d.end <= sentence.start);
  const last = earlier[earlier.length - 1];
  if (!words || !last) return undefined;
  return {
    ...last.time,
    wording: words[0],
    note: `Read as the time of "${last.text}" stated just before.`,
  };
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
    const claimed: [number, number][] = [];
    for (const { rule, pattern } of COMPILED) {
      for (const match of body.matchAll(pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (claimed.some(([s, e]) => s < end && start < e)) continue;
        claimed.push([start, end]);
        const negated = NEGATION.test(text.slice(sentence.start, start));
        const type = negated ? rule.negated : rule.type;
        if (!type) continue;
        const [subjects, objects] = ends(text, pool, rule, start, end);
        const time = rule.timeless ? undefined : timeOf(sentence, text, dates, start, end);
        for (const s of subjects) {
          for (const o of objects) {
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
  }
  return proposals;
}
