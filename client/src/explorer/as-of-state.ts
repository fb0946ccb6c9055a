// The graph on an "as of" day, each state once (its change events left out while the state is
// drawn: state-changes.ts), and that day's states said in words under the time controls.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import type { SerializedGraph } from '../../../server/domain/model';
import { changedStates } from '../../../server/domain/state-changes';
import { dayInWords, statesInWords } from '../timeline/as-of-words';
import { el } from './dom';

/**
 * The graph of `day` drawn once per state: an event that begins or ends a state still drawn
 * (same two entities, dated as the state's boundary) is left out, the state standing for it
 * (dashed while uncertain). Without a day, the graph as it is.
 */
export function onDay(
  graph: SerializedGraph,
  day: string | undefined,
  factTypes: FactTypeLookup,
): SerializedGraph {
  if (day === undefined) return graph;
  const changes = changedStates(graph.edges, factTypes);
  if (changes.size === 0) return graph;
  return { ...graph, edges: graph.edges.filter((e) => !changes.has(e.key)) };
}

/** Writes "On 15 April 2016:" and one line per state group into `host`; empties it without a day. */
export function renderAsOf(
  host: HTMLElement,
  graph: SerializedGraph,
  day: string | undefined,
  uncertain: ReadonlySet<string>,
  factTypes: FactTypeLookup,
): void {
  if (day === undefined) {
    host.replaceChildren();
    return;
  }
  const lines = statesInWords(graph, uncertain, factTypes);
  const head = el('p', {
    text: lines.length ? `On ${dayInWords(day)}:` : `On ${dayInWords(day)} no state is shown.`,
  });
  host.replaceChildren(head, el('ul', {}, ...lines.map((text) => el('li', { text }))));
}
