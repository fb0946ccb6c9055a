// What every drawing of the graph offers the explorer and the embed, SVG (GraphView) or Canvas
// (CanvasView): the same events out, the same calls in. How each element looks is decided once,
// by `displayState` (display-state.ts); a renderer only paints it.
import type { SerializedGraph } from '../../../server/domain/model';
import type { Selection, Viewport } from '../explorer/view-state';

/** What a renderer tells its owner: a click selects, a double-click expands, a pan or zoom moves. */
export interface RendererEvents {
  /** An entity or fact was clicked (`undefined`: the empty background, or Escape). */
  onSelect(selection: Selection | undefined): void;
  /** An entity was double-clicked (or `+` pressed on it). */
  onExpand(id: string): void;
  /** The reader panned or zoomed (never sent for moves the code made). */
  onViewport(viewport: Viewport): void;
}

/** Entities and facts marked by a query, a path or a comparison, by id. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** One drawing of the graph. Both renderers implement every method with the same meaning. */
export interface GraphRenderer {
  /** Draws `graph`, keeping where already-drawn entities were (and pinned ones fixed). */
  update(
    graph: SerializedGraph,
    selected: Selection | undefined,
    highlight: Highlight | undefined,
  ): void;
  /** Marks the facts whose standing on the view's day is uncertain (drawn dashed, style.ts). */
  markUncertain(facts: ReadonlySet<string>): void;
  /** Moves the camera to a saved viewport, or fits everything the first time (`framing.ts`). */
  setViewport(viewport: Viewport | undefined): void;
  /** Centres and scales the view so every entity is visible (`fitTransform`). */
  fit(): void;
  /** Brings an entity to the centre of the view, zoomed in enough to read its label. */
  centreOn(id: string): void;
  /** Whether the reader pinned the entity by dragging it. */
  isPinned(id: string): boolean;
  /** Lets a pinned entity move with the layout again (the details panel's "Unpin"). */
  unpin(id: string): void;
  /** Puts keyboard focus on an entity (Canvas: on the canvas). */
  focusNode(id: string): void;
}
