// Which mentions a phrase links: the subject and object groups around a rule's match, with
// appositions skipped, lists joined ("Gucci and Michael Kors") and a shared subject carried
// across coordinated verbs ("Ostara is a member of the ELC and partnered with BazaarHub").
import type { Referent } from './anaphora';
import type { FactRule } from './fact-rules';

/** A match already read in the sentence: the groups before and after its phrase. */
export interface ReadMatch {
  readonly before: readonly Referent[];
  readonly after: readonly Referent[];
}

const JOINERS = /^\s*(?:,|and|, and|&|as well as|or|, or)\s*$/i;
// Between an earlier match's second end and a new phrase: a verb coordinated with it.
const COORDINATED = /^[^.;:]*\b(?:and|after|before|while|but|then)\s+(?:[\w-]+\s+){0,3}$/i;

/** The mention (with any joined by "and" or commas) that ends nearest before `pos`. */
export function groupBefore(
  text: string,
  pool: readonly Referent[],
  pos: number,
  read: readonly ReadMatch[] = [],
): Referent[] {
  const before = pool.filter((m) => m.end <= pos);
  let index = before.length - 1;
  const nearest = before[index];
  if (!nearest || text.slice(nearest.end, pos).length > 160) return [];
  // 1. The nearest is the far end of an earlier phrase and a verb is coordinated with it:
  //    the earlier phrase's first end is this one's too.
  const gap = text.slice(nearest.end, pos);
  const shared = read.find((r) => r.after.some((m) => m.start === nearest.start));
  if (shared && COORDINATED.test(gap) && shared.before.length > 0) return [...shared.before];
  // 2. An apposition right before the phrase ("Alibaba, China's biggest seller, joined";
  //    "Castellane, a founding member of the council, denied"): the mention before it.
  for (let k = index - 1; k >= 0; k -= 1) {
    if (/^\s*,[^,;]*,\s*$/.test(text.slice((before[k] as Referent).end, pos))) index = k;
  }
  const previous = before[index - 1];
  if (
    index === before.length - 1 &&
    previous &&
    /^\s*,/.test(gap) &&
    /^\s*,[^,;]*$/.test(text.slice(previous.end, nearest.start))
  ) {
    index -= 1;
  }
  const group = [before[index] as Referent];
  // 3. "Gucci and Michael Kors", "Gucci, Prada and Kering".
  for (let k = index - 1; k >= 0; k -= 1) {
    const prev = before[k] as Referent;
    if (!JOINERS.test(text.slice(prev.end, (group[0] as Referent).start))) break;
    group.unshift(prev);
  }
  return group;
}

/** The mention (with any joined to it) that starts soon after `pos`, past a few words. */
export function groupAfter(text: string, pool: readonly Referent[], pos: number): Referent[] {
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

/**
 * The groups before and after a rule's match at [start, end), and which is the subject: for
 * `active` the one before, for `passive` the one after; `prefix` ("D.C.-based group",
 * "Kering-owned Gucci") takes the object right before the phrase and the subject after it or,
 * failing that, before an apposition ("The IACC, a Washington, D.C.-based group").
 */
export function readMatch(
  text: string,
  pool: readonly Referent[],
  rule: FactRule,
  start: number,
  end: number,
  read: readonly ReadMatch[],
): ReadMatch & { subjects: Referent[]; objects: Referent[] } {
  if (rule.direction !== 'prefix') {
    // Each side looks only at mentions of the kinds it may hold ("its brands, such as
    // Gucci" skips the topic between the owner and the phrase).
    const active = rule.direction === 'active';
    const fit = (kinds?: readonly string[]) => (m: Referent) => !kinds || kinds.includes(m.kind);
    const beforePool = pool.filter(fit(active ? rule.subjects : rule.objects));
    const afterPool = pool.filter(fit(active ? rule.objects : rule.subjects));
    const before = groupBefore(text, beforePool, start, read);
    const after = groupAfter(text, afterPool, end);
    return active
      ? { before, after, subjects: before, objects: after }
      : { before, after, subjects: after, objects: before };
  }
  const object = pool.filter((m) => m.end <= start && start - m.end <= 1).slice(-1);
  const [o] = object;
  if (!o) return { before: [], after: [], subjects: [], objects: [] };
  const after = groupAfter(text, pool, end).filter((m) => !m.anaphoric || m.entity !== o.entity);
  if (after.length > 0) return { before: object, after, subjects: after, objects: object };
  const earlier = pool.filter((m) => m.end <= o.start);
  const head = earlier[earlier.length - 1];
  if (head && /^\s*,\s*(?:a|an|the)\s+$/i.test(text.slice(head.end, o.start))) {
    return { before: object, after: [], subjects: [head], objects: object };
  }
  return { before: object, after: [], subjects: [], objects: object };
}
