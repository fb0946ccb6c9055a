// Where the labels of the best-connected entities go on screen so that none covers another:
// greedy placement by rank over a few candidate spots around each node, as map labelling does
// (Imhof's positions, simplified). Pure: screen boxes in, offsets out.

/** A label to place: its node's centre and radius on screen and the label's size, in px. */
export interface LabelItem {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly width: number;
  readonly height: number;
}

/** Where a label's baseline centre goes, relative to its node's centre, in screen px. */
export interface LabelOffset {
  readonly dx: number;
  readonly dy: number;
}

/** A box on screen, in px. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A line of label text, font size times this, leaves room for ascenders and descenders. */
const LINE = 1.3;

/** Candidate spots, best first: below, above, right, left, then further below and above. */
function candidates(item: LabelItem): LabelOffset[] {
  const r = item.radius;
  const h = item.height;
  const line = LINE * h;
  const side = r + item.width / 2 + 4;
  return [
    { dx: 0, dy: r + h },
    { dx: 0, dy: -r - 4 },
    { dx: side, dy: h / 3 },
    { dx: -side, dy: h / 3 },
    { dx: 0, dy: r + h + line },
    { dx: 0, dy: -r - 4 - line },
    { dx: side, dy: h / 3 + line },
    { dx: -side, dy: h / 3 + line },
    { dx: 0, dy: r + h + 2 * line },
    { dx: 0, dy: -r - 4 - 2 * line },
    { dx: side, dy: h / 3 - line },
    { dx: -side, dy: h / 3 - line },
  ];
}

/** A label's box for a baseline centre (text sits above its baseline), with a small margin. */
export function labelBox(item: LabelItem, o: LabelOffset): Box {
  const x = item.x + o.dx;
  const y = item.y + o.dy;
  return {
    x0: x - item.width / 2 - 2,
    x1: x + item.width / 2 + 2,
    y0: y - item.height,
    y1: y + (LINE - 1) * item.height,
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Offsets for `items`, taken in the order given (most important first): each gets its first
 * candidate spot that overlaps no label already placed; when every spot overlaps, the first
 * (below) is kept, so a label is never lost.
 */
export function placeLabels(items: readonly LabelItem[]): Map<string, LabelOffset> {
  const placed: Box[] = [];
  const offsets = new Map<string, LabelOffset>();
  for (const item of items) {
    const spots = candidates(item);
    const free = spots.find((o) => !placed.some((b) => overlaps(b, labelBox(item, o))));
    const chosen = free ?? spots[0] ?? { dx: 0, dy: item.radius + item.height };
    placed.push(labelBox(item, chosen));
    offsets.set(item.id, chosen);
  }
  return offsets;
}
