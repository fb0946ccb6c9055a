// How each entity and fact is shown, computed from the graph and the view's marks, as sigma's
// and Gephi Lite's node and edge reducers do: pure, never stored in the data. Both renderers
// paint exactly this (GraphView as classes, CanvasView as rings, alphas and labels).
import type { Selection } from '../explorer/view-state';
import { drain, type Steps } from './chunked';
import type { Highlight } from './renderer';

/** What decides how elements look: the view's marks, the camera's zoom and the renderer's label zoom. */
export interface DisplayInput {
  readonly selected: Selection | undefined;
  readonly highlight: Highlight | undefined;
  /** The entity under the pointer (or with keyboard focus): it and its neighbours stand out. */
  readonly hovered: string | undefined;
  readonly pinned: ReadonlySet<string>;
  /** Entities whose labels stay readable at any zoom (`prominentIds`). */
  readonly prominent: ReadonlySet<string>;
  /** The camera's zoom (screen pixels per layout unit). */
  readonly zoom: number;
  /** From this zoom on every label is shown (`LABEL_ZOOM` of the renderer). */
  readonly labelZoom: number;
}

/** How one entity is shown. */
export interface NodeDisplay {
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly hovered: boolean;
  /** Faded: something else is hovered and this is not next to it. */
  readonly dimmed: boolean;
  readonly label: boolean;
  readonly pinned: boolean;
}

/** How one fact is shown. */
export interface EdgeDisplay {
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly dimmed: boolean;
  readonly label: boolean;
}

/** Every element's display, by entity and fact key. */
export interface DisplayState {
  readonly nodes: ReadonlyMap<string, NodeDisplay>;
  readonly edges: ReadonlyMap<string, EdgeDisplay>;
}

/** The least a graph must say for its display to be computed (a `SerializedGraph` has it). */
export interface DisplayGraph {
  readonly nodes: readonly { readonly key: string }[];
  readonly edges: readonly {
    readonly key: string;
    readonly source: string;
    readonly target: string;
  }[];
}

/**
 * Each entity's and fact's display (`displaySteps` at once). Rules: a selected or highlighted
 * element is marked; while an entity is hovered, everything but it, its neighbours and the facts
 * between them is dimmed; labels show from `labelZoom` on, and at any zoom for prominent,
 * selected, highlighted and hovered entities; a fact's label only from `labelZoom` on.
 */
export function displayState(graph: DisplayGraph, input: DisplayInput): DisplayState {
  return drain(displaySteps(graph, input));
}

/** Elements between two places a `displaySteps` may pause. */
const DISPLAY_STEP = 500;

/**
 * `displayState` in steps of `every` elements (chunked.ts). Elements that look the same share one
 * frozen display object (64 kinds of entity, 16 of fact), so a large graph makes little garbage.
 */
export function* displaySteps(
  graph: DisplayGraph,
  input: DisplayInput,
  every: number = DISPLAY_STEP,
): Steps<DisplayState> {
  const { selected, highlight, hovered } = input;
  const near = new Set<string>();
  const nearEdges = new Set<string>();
  if (hovered !== undefined) {
    near.add(hovered);
    for (const e of graph.edges) {
      if (e.source !== hovered && e.target !== hovered) continue;
      near.add(e.source);
      near.add(e.target);
      nearEdges.add(e.key);
    }
    yield;
  }
  const zoomedIn = input.zoom >= input.labelZoom;
  const nodes = new Map<string, NodeDisplay>();
  for (let i = 0; i < graph.nodes.length; i += 1) {
    if ((i + 1) % every === 0) yield;
    const key = graph.nodes[i]?.key ?? '';
    const isSelected = selected?.kind === 'entity' && selected.id === key;
    const highlighted = highlight?.nodes.has(key) ?? false;
    const isHovered = hovered === key;
    nodes.set(
      key,
      nodeDisplay(
        isSelected,
        highlighted,
        isHovered,
        hovered !== undefined && !near.has(key),
        zoomedIn || isSelected || highlighted || isHovered || input.prominent.has(key),
        input.pinned.has(key),
      ),
    );
  }
  const edges = new Map<string, EdgeDisplay>();
  for (let i = 0; i < graph.edges.length; i += 1) {
    if ((i + 1) % every === 0) yield;
    const key = graph.edges[i]?.key ?? '';
    edges.set(
      key,
      edgeDisplay(
        selected?.kind === 'fact' && selected.id === key,
        highlight?.edges.has(key) ?? false,
        hovered !== undefined && !nearEdges.has(key),
        zoomedIn,
      ),
    );
  }
  return { nodes, edges };
}

const nodeDisplays = new Map<number, NodeDisplay>();
const edgeDisplays = new Map<number, EdgeDisplay>();

/** The one frozen `NodeDisplay` with these flags. */
function nodeDisplay(
  selected: boolean,
  highlighted: boolean,
  hovered: boolean,
  dimmed: boolean,
  label: boolean,
  pinned: boolean,
): NodeDisplay {
  const code =
    (selected ? 1 : 0) +
    (highlighted ? 2 : 0) +
    (hovered ? 4 : 0) +
    (dimmed ? 8 : 0) +
    (label ? 16 : 0) +
    (pinned ? 32 : 0);
  let d = nodeDisplays.get(code);
  if (!d) {
    d = Object.freeze({ selected, highlighted, hovered, dimmed, label, pinned });
    nodeDisplays.set(code, d);
  }
  return d;
}

/** The one frozen `EdgeDisplay` with these flags. */
function edgeDisplay(
  selected: boolean,
  highlighted: boolean,
  dimmed: boolean,
  label: boolean,
): EdgeDisplay {
  const code = (selected ? 1 : 0) + (highlighted ? 2 : 0) + (dimmed ? 4 : 0) + (label ? 8 : 0);
  let d = edgeDisplays.get(code);
  if (!d) {
    d = Object.freeze({ selected, highlighted, dimmed, label });
    edgeDisplays.set(code, d);
  }
  return d;
}

/** The entities a drawing marks (selected, highlighted or hovered), in graph order. */
export function markedNodes(state: DisplayState): string[] {
  const out: string[] = [];
  for (const [key, d] of state.nodes) if (d.selected || d.highlighted || d.hovered) out.push(key);
  return out;
}

/**
 * From which zoom each renderer shows every label. The SVG view draws at most
 * `LIMITS.largeGraph` entities, laid out with long links (layout.ts), so labels fit from 0.55;
 * the Canvas view's large layouts are five times denser, so labels wait for 1.1.
 */
export const LABEL_ZOOM = { svg: 0.55, canvas: 1.1 } as const;
