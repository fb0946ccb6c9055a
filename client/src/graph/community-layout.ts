// Where the communities view draws things: each community as one disc (area by member count),
// placed by a seeded d3-force simulation run headless; an expanded community as a ring of its
// members around where its disc was. Pure: no DOM.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  randomLcg,
  type SimulationNodeDatum,
} from 'd3';
import type { CommunitiesAnswer } from '../../../server/domain/api';
import type { SerializedGraph } from '../../../server/domain/model';

/** A drawn disc: a community (cluster) or one member of an expanded community. */
export interface CommunityShape {
  readonly key: string;
  readonly role: 'cluster' | 'member';
  /** The community (for a cluster, its own id). */
  readonly community: string;
  readonly label: string;
  /** Members (cluster) or facts among the drawn members (member). */
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Whether its label is drawn (clusters always; members: the best-connected few). */
  readonly labelled: boolean;
}

/** A drawn line: facts between two communities, or one fact between two members. */
export interface CommunityLine {
  readonly source: CommunityShape;
  readonly target: CommunityShape;
  readonly width: number;
}

export interface CommunityScene {
  readonly shapes: readonly CommunityShape[];
  readonly lines: readonly CommunityLine[];
}

/** Communities whose labels are drawn (the largest; the others' on hover and focus). */
export const LABELLED_CLUSTERS = 12;

/** Members of an expanded community whose names are drawn (the rest on hover and focus). */
export const LABELLED_MEMBERS = 12;

const RADIUS_MIN = 10;
const RADIUS_MAX = 60;
const MEMBER_R = 6;

interface Body extends SimulationNodeDatum {
  readonly id: string;
  r: number;
  /** Room the disc and its label (drawn below it) need. */
  room: number;
}

/** Characters of a cluster's label drawn under its disc (the whole label on hover and focus). */
export const LABEL_CHARS = 34;
/** Average width of a label character at 12 px, in px (for room, not for drawing). */
const CHAR_PX = 6.5;

/** A cluster's label as drawn: at most `LABEL_CHARS` characters, cut with an ellipsis. */
export function shortLabel(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** Disc radius for `size` members when the largest community has `largest`: area by size. */
export function clusterRadius(size: number, largest: number): number {
  return RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * Math.sqrt(size / Math.max(largest, 1));
}

/** Radius of the ring that holds `count` members of an expanded community. */
export function ringRadius(count: number): number {
  return Math.max(RADIUS_MAX, (count * (2 * MEMBER_R + 4)) / (2 * Math.PI));
}

/**
 * The scene of `answer` with the communities in `expanded` (id → members graph) opened into
 * rings; deterministic: the same input gives the same positions (seeded simulation, 300 ticks).
 */
export function communityScene(
  answer: CommunitiesAnswer,
  expanded: ReadonlyMap<string, SerializedGraph>,
): CommunityScene {
  const largest = answer.communities[0]?.size ?? 1;
  const bodies: Body[] = answer.communities.map((c, i) => {
    const members = expanded.get(c.id);
    const labelled = i < LABELLED_CLUSTERS || members !== undefined;
    const r = members
      ? ringRadius(members.nodes.length) + MEMBER_R
      : clusterRadius(c.size, largest);
    const text = labelled ? (shortLabel(c.label).length + 8) * CHAR_PX : 0;
    return { id: c.id, r, room: Math.max(r + 10, text / 2 + 4) };
  });
  const links = answer.links.map((l) => ({ source: l.source, target: l.target, facts: l.facts }));
  const most = Math.max(1, ...links.map((l) => l.facts));
  forceSimulation(bodies)
    .randomSource(randomLcg(0.42))
    .force('charge', forceManyBody().strength(-40))
    .force(
      'link',
      forceLink<Body, (typeof links)[number]>(links)
        .id((b) => b.id)
        .strength((l) => 0.05 + 0.3 * (l.facts / most)),
    )
    .force('x', forceX(0).strength(0.12))
    .force('y', forceY(0).strength(0.12))
    .force(
      'collide',
      forceCollide<Body>((b) => b.room),
    )
    .stop()
    .tick(300);
  const shapes: CommunityShape[] = [];
  const lines: CommunityLine[] = [];
  const byId = new Map<string, CommunityShape>();
  answer.communities.forEach((c, i) => {
    const body = bodies[i] as Body;
    const x = body.x ?? 0;
    const y = body.y ?? 0;
    const members = expanded.get(c.id);
    const cluster: CommunityShape = {
      key: c.id,
      role: 'cluster',
      community: c.id,
      label: c.label,
      size: c.size,
      x,
      y,
      r: body.r,
      labelled: i < LABELLED_CLUSTERS || members !== undefined,
    };
    byId.set(c.id, cluster);
    shapes.push(cluster);
    if (members) placeMembers(members, c.id, x, y, shapes, lines);
  });
  for (const l of answer.links) {
    const source = byId.get(l.source);
    const target = byId.get(l.target);
    if (source && target) lines.push({ source, target, width: 1 + 5 * Math.sqrt(l.facts / most) });
  }
  return { shapes, lines };
}

/** A ring of `members` around (x, y), best-connected first from the top, and their facts. */
function placeMembers(
  members: SerializedGraph,
  community: string,
  x: number,
  y: number,
  shapes: CommunityShape[],
  lines: CommunityLine[],
): void {
  const degree = new Map<string, number>();
  for (const e of members.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes = [...members.nodes].sort(
    (a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || (a.key < b.key ? -1 : 1),
  );
  const ring = ringRadius(nodes.length);
  const placed = new Map<string, CommunityShape>();
  const slots = ringSlots(nodes.length, LABELLED_MEMBERS);
  nodes.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * (slots[i] ?? i)) / Math.max(nodes.length, 1);
    const shape: CommunityShape = {
      key: n.key,
      role: 'member',
      community,
      label: n.attributes.name,
      size: degree.get(n.key) ?? 0,
      x: x + ring * Math.cos(angle),
      y: y + ring * Math.sin(angle),
      r: MEMBER_R,
      labelled: i < LABELLED_MEMBERS,
    };
    placed.set(n.key, shape);
    shapes.push(shape);
  });
  for (const e of members.edges) {
    const source = placed.get(e.source);
    const target = placed.get(e.target);
    if (source && target) lines.push({ source, target, width: 1 });
  }
}

/**
 * Places on a ring of `count` slots: the first `labelled` members spread evenly (their labels
 * apart), the others in the slots left, in order.
 */
export function ringSlots(count: number, labelled: number): number[] {
  const spread = Math.min(count, labelled);
  const taken = new Set<number>();
  const slots: number[] = [];
  for (let j = 0; j < spread; j += 1) {
    const slot = Math.floor((j * count) / spread);
    taken.add(slot);
    slots.push(slot);
  }
  for (let slot = 0; slot < count && slots.length < count; slot += 1) {
    if (!taken.has(slot)) slots.push(slot);
  }
  return slots;
}
