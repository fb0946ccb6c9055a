// A timeline built from facts the client already holds (the loaded graph, an entity's details),
// so opening the explorer never downloads every dated fact of a large graph.
import type { Timeline } from '../../../server/domain/api';
import type { GraphEdge, Source } from '../../../server/domain/model';
import { timelineEvents } from '../../../server/domain/timeline-events';

/** The dated facts among `edges` as a timeline, named by `names` (ids where a name is missing). */
export function timelineOf(
  edges: readonly GraphEdge[],
  names: Readonly<Record<string, string>>,
  sources: Readonly<Record<string, Source>>,
): Timeline {
  return {
    events: timelineEvents(edges, (id) => names[id] ?? id),
    entities: names,
    sources,
  };
}
