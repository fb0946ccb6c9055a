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
const LINE = 1.5;

/** Candidate spots, best first: below, above, right, left, then ever further out. */
function candidates(item: LabelItem): LabelOffset[] {
  const r = item.radius;
  const h = item.height;
  const line = LINE * h;
  const side = r + item.width / 2 + 4;
  const spots: LabelOffset[] = [
    { dx: 0, dy: r + h },
    { dx: 0, dy: -r - 4 },
    { dx: side, dy: h / 3 },
    { dx: -side, dy: h / 3 },
  ];
  for (let ring = 1; ring <= 6; ring += 1) {
    spots.push(
      { dx: 0, dy: r + h + ring * line },
      { dx: 0, dy: -r - 4 - ring * line },
      { dx: side, dy: h / 3 + ring * line },
      { dx: -side, dy: h / 3 + ring * line },
      { dx: side, dy: h / 3 - ring * line },
      { dx: -side, dy: h / 3 - ring * line },
    );
  }
  return spots;
}

/** A label's box for a baseline centre (text sits above its baseline), with a small margin. */
export function labelBox(item: LabelItem, o: LabelOffset): Box {
  const x = item.x + o.dx;
  const y = item.y + o.dy;
  return {
    x0: x - item.width / 2 - 4,
    x1: x + item.width / 2 + 4,
    y0: y - 1.1 * item.height,
    y1: y + (LINE - 1.1) * item.height,
  };
}

/** The area two boxes share (0 when apart). */
const shared = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
  Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Offsets for `items`, taken in the order given (most important first): each gets its first
 * candidate spot that overlaps no label already placed; when every spot overlaps, the one that
 * covers least, so a label is never lost.
 */
export function placeLabels(items: readonly LabelItem[]): Map<string, LabelOffset> {
  const placed: Box[] = [];
  const offsets = new Map<string, LabelOffset>();
  for (const item of items) {
    const spots = candidates(item);
    let chosen = spots[0] ?? { dx: 0, dy: item.radius + item.height };
    let least = Infinity;
    for (const spot of spots) {
      const box = labelBox(item, spot);
      const covered = placed.reduce((sum, b) => sum + shared(b, box), 0);
      if (covered < least) {
        least = covered;
        chosen = spot;
      }
      if (covered === 0) break;
    }
    placed.push(labelBox(item, chosen));
    offsets.set(item.id, chosen);
  }
  return offsets;
}
