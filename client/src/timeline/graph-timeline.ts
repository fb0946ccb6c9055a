// A timeline built from facts the client already holds (the loaded graph, an entity's details),
// so opening the explorer never downloads every dated fact of a large graph.
import type { Timeline } from '../../../server/domain/api';
import { conflicts } from '../../../server/domain/conflicts';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { GraphEdge, SerializedGraph, Source } from '../../../server/domain/model';
import { timelineEvents } from '../../../server/domain/timeline-events';
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

const built = new WeakMap<SerializedGraph, Map<LaneKey, GraphTimeline>>();

/**
 * The timeline of a loaded graph's facts, built once per graph and lane choice: redraws for a
 * selection or a brush reuse it instead of sorting every dated fact again. Words come from
 * `factTypes` (one registry per explorer, so one cache entry per graph holds).
 */
export function graphTimeline(
  graph: SerializedGraph,
  lanesBy: LaneKey,
  factTypes: FactTypeLookup,
): GraphTimeline {
  const byLanes = built.get(graph) ?? new Map<LaneKey, GraphTimeline>();
  built.set(graph, byLanes);
  const known = byLanes.get(lanesBy);
  if (known) return known;
  const names = Object.fromEntries(graph.nodes.map((n) => [n.key, n.attributes.name]));
  const events = timelineOf(graph.edges, names, graph.attributes.sources, factTypes).events;
  const disputed = new Set(
    [...conflicts(graph.edges)].flatMap(([key, rivals]) => (rivals.length > 0 ? [key] : [])),
  );
  const result = {
    model: timelineModel(events, names, factTypes, lanesBy, disputed),
    days: [...new Set(events.map((e) => e.earliest))].sort(),
  };
  byLanes.set(lanesBy, result);
  return result;
}
