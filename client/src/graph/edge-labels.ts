// Which fact labels a drawing shows: parallel facts between two entities share one label with
// their count ("7 facts"), and a label that would cover one already placed is left out, as map
// labelling drops the lesser names. Pure: links and screen boxes in, decisions out.
import type { Box } from './label-placement';

/** The least a link must say to be grouped: its id, its ends and its bend. */
export interface PairLink {
  readonly id: string;
  readonly source: { readonly id: string };
  readonly target: { readonly id: string };
  readonly curve: number;
}

/** How one fact's label reads in a drawing. */
export interface PairLabel {
  /** Whether this fact carries the label of its pair (a lone fact always does). */
  readonly lead: boolean;
  /** How many facts join the same two entities, either direction (1 for a lone fact). */
  readonly count: number;
}

/**
 * Each link's place in its pair of entities: the facts between the same two entities (either
 * direction, self-relations apart) form a group led by the least bent one, which carries the
 * group's label; the others draw their line without a label.
 */
export function pairLabels(links: readonly PairLink[]): Map<string, PairLabel> {
  const groups = new Map<string, PairLink[]>();
  for (const l of links) {
    const [a, b] = [l.source.id, l.target.id].sort();
    const key = a === b ? `loop\u0000${l.id}` : `${a}\u0000${b}`;
    const list = groups.get(key);
    if (list) list.push(l);
    else groups.set(key, [l]);
  }
  const out = new Map<string, PairLabel>();
  for (const list of groups.values()) {
    let lead = list[0];
    for (const l of list) if (lead && Math.abs(l.curve) < Math.abs(lead.curve)) lead = l;
    for (const l of list) out.set(l.id, { lead: l === lead, count: list.length });
  }
  return out;
}

/** The words on a group's label, e.g. "7 facts"; a lone fact reads as its type's label. */
export function pairText(count: number, typeLabel: string): string {
  return count > 1 ? `${count} facts` : typeLabel;
}

/** A label that may be shown, with its box on screen (px). */
export interface LabelCandidate {
  readonly id: string;
  readonly box: Box;
}

/** How far two labels may overlap (px, each way) and still both be shown. */
export const LABEL_SLACK = 2;

const overlaps = (a: Box, b: Box): boolean =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > LABEL_SLACK &&
  Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > LABEL_SLACK;

/**
 * The ids of `candidates` to leave out, taken in the order given (most important first): one
 * is left out when its box overlaps a `fixed` box (entity labels) or a candidate already kept
 * by more than `LABEL_SLACK` px both ways.
 */
export function crowdedLabels(
  candidates: readonly LabelCandidate[],
  fixed: readonly Box[],
): Set<string> {
  // A grid of CELL px squares holds the kept boxes, so each check looks only nearby.
  const grid = new Map<string, Box[]>();
  const cells = (b: Box): string[] => {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i += 1)
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j += 1)
        out.push(`${i},${j}`);
    return out;
  };
  const keep = (b: Box): void => {
    for (const c of cells(b)) {
      const list = grid.get(c);
      if (list) list.push(b);
      else grid.set(c, [b]);
    }
  };
  fixed.forEach(keep);
  const out = new Set<string>();
  for (const c of candidates) {
    const hit = cells(c.box).some((cell) => grid.get(cell)?.some((b) => overlaps(b, c.box)));
    if (hit) out.add(c.id);
    else keep(c.box);
  }
  return out;
}

const CELL = 64;
