// What the explorer has loaded: the first view (whole graph or overview) and one neighbourhood per
// expanded entity, each asked for on its own, so no request grows with the number loaded.
import type { SerializedGraph } from '../../../server/domain/model';
import { viewGraph } from '../../../server/domain/view-graph';

/**
 * How the loaded graph reads from the API: the first view, and one entity's neighbourhood, each
 * as known on `known` when given (record time).
 */
export interface GraphSource {
  readonly firstView: (known?: string) => Promise<SerializedGraph>;
  readonly neighbourhood: (id: string, known?: string) => Promise<SerializedGraph>;
}

/** Requests in flight at once while a view with many expanded entities is restored. */
const PARALLEL = 4;

/**
 * The graph a view needs, built from cached parts: expanding an entity asks for its neighbourhood
 * only, collapsing one asks for nothing, restoring a long view asks one entity at a time.
 */
export class LoadedGraph {
  private firstView: SerializedGraph | undefined;
  private readonly around = new Map<string, SerializedGraph>();
  /** Expanded ids the server knows no entity for (404): left out of the view, said once. */
  readonly unknown = new Set<string>();
  /** The "as known on" day the cached parts were read for (undefined: now). */
  private known: string | undefined;

  constructor(private readonly source: GraphSource) {}

  /** Forgets every cached part (after an import changed the data). */
  forget(): void {
    this.firstView = undefined;
    this.around.clear();
  }

  /** The first view as the server gave it (with its `total` and `overview` notes), if loaded. */
  get base(): SerializedGraph | undefined {
    return this.firstView;
  }

  /**
   * The union of the first view (when `withFirstView`) and the neighbourhoods of `expanded`;
   * missing parts are read first, at most `PARALLEL` requests at a time. Another `known` day
   * than the cached parts' forgets them first.
   */
  async load(
    withFirstView: boolean,
    expanded: readonly string[],
    known?: string,
  ): Promise<SerializedGraph> {
    if (known !== this.known) {
      this.forget();
      this.unknown.clear();
      this.known = known;
    }
    if (withFirstView) this.firstView ??= await this.source.firstView(known);
    const missing = [
      ...new Set(expanded.filter((id) => !this.around.has(id) && !this.unknown.has(id))),
    ];
    // An id the server does not know (404) is left out and noted; other failures fail the load.
    const read = (id: string): Promise<SerializedGraph | undefined> =>
      this.source.neighbourhood(id, known).catch((error: unknown) => {
        if ((error as { status?: number }).status !== 404) throw error;
        this.unknown.add(id);
        return undefined;
      });
    for (let i = 0; i < missing.length; i += PARALLEL) {
      const batch = missing.slice(i, i + PARALLEL);
      const graphs = await Promise.all(batch.map(read));
      batch.forEach((id, j) => {
        const graph = graphs[j];
        if (graph) this.around.set(id, graph);
      });
    }
    const parts = expanded.flatMap((id) => this.around.get(id) ?? []);
    return viewGraph(withFirstView ? this.firstView : undefined, parts);
  }
}
