// What one story step draws, from its pinned data (pure): the facts visible on its as-of day (as
// the explorer draws that day) and in its date range, the facts it highlights, the facts whose
// sources it cites, and the camera it is seen through.
import type { EmbedPayload } from '../../../server/domain/embed-view';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph } from '../../../server/domain/model';
import { statesOn } from '../../../server/domain/snapshot';
import { inRange } from '../../../server/domain/view-filter';
import type { StoryStep } from '../../../server/domain/wire/story';
import { readStepView } from '../../../server/domain/story-view';
import { onDay } from '../explorer/as-of-state';
import { asOfFilter } from '../explorer/visible-graph';
import { scaleCamera, type Camera, type Size } from '../graph/framing';

/** The step's graph on its day: facts in its date range, and on `asOf` only those in force. */
export function stepGraph(data: EmbedPayload, factTypes: FactTypeLookup): SerializedGraph {
  const { asOf, from, to } = data.view;
  const inRangeEdges = data.graph.edges.filter((e) => inRange(e, from, to));
  if (!asOf) return { ...data.graph, edges: inRangeEdges };
  const inForce = new Set(
    statesOn(data.graph.edges, asOf, factTypes)
      .filter((s) => s.state === 'active' || s.state === 'uncertain')
      .flatMap((s) => s.edges.map((e) => e.key)),
  );
  // As the explorer draws a day: each state once, not also the events that begin or end it.
  const onAsOf = { ...data.graph, edges: inRangeEdges.filter((e) => asOfFilter(e, asOf, inForce)) };
  return onDay(onAsOf, asOf, factTypes);
}

/**
 * The facts a step highlights, whose sources it shows: its selected fact, its highlighted facts,
 * the facts of its selected entity; with none of these, every fact it draws.
 */
export function citedFacts(
  step: StoryStep,
  graph: SerializedGraph,
  data: EmbedPayload,
): GraphEdge[] {
  const keys = new Set(step.highlight?.edges ?? []);
  const selected = data.view.selected;
  if (selected?.kind === 'fact') keys.add(selected.id);
  const entity = selected?.kind === 'entity' ? selected.id : undefined;
  const cited = graph.edges.filter(
    (e) =>
      keys.has(e.key) || (entity !== undefined && (e.source === entity || e.target === entity)),
  );
  return cited.length > 0 || keys.size > 0 || entity !== undefined ? cited : [...graph.edges];
}

/** The highlight a step draws (a path, a comparison), as the renderers take it. */
export function stepHighlight(
  step: StoryStep,
): { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | undefined {
  if (!step.highlight) return undefined;
  return { nodes: new Set(step.highlight.nodes), edges: new Set(step.highlight.edges) };
}

/**
 * The camera a step is drawn with in a view of `size`: the explorer's (`view=`), scaled from the
 * size of the explorer's graph area to `size` so the same region is framed. Only for a step that
 * kept where the explorer drew its entities (`layout`): without those places the camera would
 * frame another drawing. Undefined: fit the step to the view.
 */
export function stepCamera(step: StoryStep, size: Size): Camera | undefined {
  const saved = readStepView(step.view).step.explorer.viewport;
  return saved && step.layout ? scaleCamera(saved, step.layout, size) : undefined;
}
