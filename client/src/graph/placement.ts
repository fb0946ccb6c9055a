// Where nodes start before the forces run: a fresh layout places the best-connected entities
// first with their neighbours on sunflower spirals around them (Vogel 1979); a grown layout keeps
// every placed node and puts the new ones on spirals around their placed neighbours. Pure.

/** What placement needs of a node: its id, its degree, and its position once placed. */
export interface PlacedNode {
  readonly id: string;
  readonly degree: number;
  x?: number | undefined;
  y?: number | undefined;
}

/** What placement needs of a link: its two ends. */
export interface PlacedLink<N extends PlacedNode> {
  readonly source: N;
  readonly target: N;
}

/** Room each new node takes on the spiral around its anchor, in layout units. */
const SPIRAL_STEP = 34;
/** The golden angle: successive spiral points never line up (Vogel's sunflower). */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Places nodes that have no position yet: the new neighbours of a placed node on a sunflower
 * spiral around it (Vogel 1979), so an expansion reads as a ring around its entity before any
 * force runs; nodes with no placed neighbour at random in a disc.
 */
export function placeNewNodes<N extends PlacedNode>(
  nodes: readonly N[],
  links: readonly PlacedLink<N>[],
  initial: ReadonlyMap<string, { x: number; y: number }>,
  random: () => number,
): void {
  const radius = 30 * Math.sqrt(nodes.length + 1);
  for (const node of nodes) {
    const kept = initial.get(node.id);
    if (kept) {
      node.x = kept.x;
      node.y = kept.y;
    }
  }
  // 1. Each new node's anchor: its best-connected neighbour that kept its place.
  const anchorOf = new Map<N, N>();
  for (const l of links) {
    for (const [node, other] of [
      [l.source, l.target],
      [l.target, l.source],
    ] as const) {
      if (initial.has(node.id) || !initial.has(other.id)) continue;
      const best = anchorOf.get(node);
      if (!best || other.degree > best.degree) anchorOf.set(node, other);
    }
  }
  // 2. Around each anchor, its new neighbours on a spiral, outward from the anchor's own ring.
  const placedAround = new Map<N, number>();
  for (const node of nodes) {
    if (node.x !== undefined && node.y !== undefined) continue;
    const anchor = anchorOf.get(node);
    if (anchor) {
      const i = placedAround.get(anchor) ?? 0;
      placedAround.set(anchor, i + 1);
      const r = 70 + SPIRAL_STEP * Math.sqrt(i + 1);
      const angle = i * GOLDEN_ANGLE + random() * 0.2;
      node.x = (anchor.x ?? 0) + r * Math.cos(angle);
      node.y = (anchor.y ?? 0) + r * Math.sin(angle);
    } else {
      const angle = random() * 2 * Math.PI;
      const r = radius * Math.sqrt(random());
      node.x = r * Math.cos(angle);
      node.y = r * Math.sin(angle);
    }
  }
}

/**
 * Start positions for a fresh layout: entities by degree, best first; each one not yet placed
 * goes at random in a disc, then its unplaced neighbours on spirals around it, breadth first.
 */
export function seedAroundHubs<N extends PlacedNode>(
  nodes: readonly N[],
  links: readonly PlacedLink<N>[],
  random: () => number,
): void {
  const around = new Map<N, N[]>();
  const add = (from: N, to: N): void => {
    const list = around.get(from);
    if (list) list.push(to);
    else around.set(from, [to]);
  };
  for (const l of links) {
    if (l.source === l.target) continue;
    add(l.source, l.target);
    add(l.target, l.source);
  }
  const radius = 30 * Math.sqrt(nodes.length + 1);
  const placed = new Set<N>();
  const order = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  for (const start of order) {
    if (placed.has(start)) continue;
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    start.x = r * Math.cos(angle);
    start.y = r * Math.sin(angle);
    placed.add(start);
    const queue = [start];
    for (let q = 0; q < queue.length; q += 1) {
      const anchor = queue[q];
      if (!anchor) continue;
      let i = 0;
      for (const n of around.get(anchor) ?? []) {
        if (placed.has(n)) continue;
        const d = 70 + SPIRAL_STEP * Math.sqrt(i + 1);
        const a = i * GOLDEN_ANGLE + random() * 0.2;
        n.x = (anchor.x ?? 0) + d * Math.cos(a);
        n.y = (anchor.y ?? 0) + d * Math.sin(a);
        placed.add(n);
        queue.push(n);
        i += 1;
      }
    }
  }
}
