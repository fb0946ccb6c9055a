// A timeline built from facts the client already holds (the loaded graph, an entity's details),
// so opening the explorer never downloads every dated fact of a large graph.
import type { Timeline } from '../../../server/domain/api';
import { conflicts } from '../../../server/domain/conflicts';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph, Source } from '../../../server/domain/model';
import { timelineEvents } from '../../../server/domain/timeline-events';
import { filterGraph, type ViewFilters } from '../../../server/domain/view-filter';
import { timelineModel, type LaneKey, type TimelineModel } from './timeline-model';

/**
 * The dated facts among `edges` as a timeline, named by `names` (ids where a name is missing),
 * sentences with the verbs `factTypes` knows.
 */
export function timelineOf(
  edges: readonly GraphEdge[],
  names: Readonly<Record<string, string>>,
  sources: Readonly<Record<string, Source>>,
  factTypes: FactTypeLookup,
): Timeline {
  return {
    events: timelineEvents(edges, (id) => names[id] ?? id, factTypes),
    entities: names,
    sources,
  };
}

/** What the explorer's timeline draws for a loaded graph: the model and its days, in order. */
export interface GraphTimeline {
  readonly model: TimelineModel;
  readonly days: readonly string[];
}

const built = new WeakMap<SerializedGraph, Map<string, GraphTimeline>>();

/** The filters that shape a timeline: hidden entities, kinds and fact types, not the dates. */
export type TimelineFilters = Pick<ViewFilters, 'hidden' | 'hiddenKinds' | 'hiddenTypes'>;

const NO_FILTERS: TimelineFilters = { hidden: [], hiddenKinds: [], hiddenTypes: [] };

/**
 * The timeline of a loaded graph's facts under the view's filters (hidden entities, kinds and
 * fact types; not its date range, so a brush can be widened again), built once per graph, lane
 * choice and filters: redraws for a selection or a brush reuse it instead of sorting every
 * dated fact again. Words come from `factTypes` (one registry per explorer).
 */
export function graphTimeline(
  graph: SerializedGraph,
  lanesBy: LaneKey,
  factTypes: FactTypeLookup,
  filters: TimelineFilters = NO_FILTERS,
): GraphTimeline {
  const byKey = built.get(graph) ?? new Map<string, GraphTimeline>();
  built.set(graph, byKey);
  const key = JSON.stringify([
    lanesBy,
    [...filters.hidden].sort(),
    [...filters.hiddenKinds].sort(),
    [...filters.hiddenTypes].sort(),
  ]);
  const known = byKey.get(key);
  if (known) return known;
  const { nodes, edges } = filterGraph(graph, { ...filters, from: undefined, to: undefined });
  const names = Object.fromEntries(nodes.map((n) => [n.key, n.attributes.name]));
  const events = timelineOf(edges, names, graph.attributes.sources, factTypes).events;
  const disputed = new Set(
    [...conflicts(graph.edges)].flatMap(([k, rivals]) => (rivals.length > 0 ? [k] : [])),
  );
  const result = {
    model: timelineModel(events, names, factTypes, lanesBy, disputed),
    days: [...new Set(events.map((e) => e.earliest))].sort(),
  };
  // One graph is drawn under a few filter sets in a session; keep the last few only.
  if (byKey.size >= 8) byKey.delete(byKey.keys().next().value ?? '');
  byKey.set(key, result);
  return result;
}
