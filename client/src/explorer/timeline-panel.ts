// The timeline under the graph and its time controls, drawn from the store's state: the loaded
// facts under the filters (not the dates, so a brush can be widened), hidden for graphs too
// large.
import { LARGE_GRAPH } from '../graph/layout';
import { graphTimeline } from '../timeline/graph-timeline';
import type { TimeControls } from '../timeline/time-controls';
import type { TimelineView } from '../timeline/TimelineView';
import { inputsChanged, mayDraw, timelineInputs, type DrawInputs } from './state/draw-inputs';
import type { ExplorerState } from './state/explorer-state';
import type { ExplorerStore } from './state/store';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';

/** Redraws the timeline and the time controls when what they show changed. */
export class TimelinePanel {
  private drawn: DrawInputs | undefined;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly view: TimelineView,
    private readonly controls: TimeControls,
    store: ExplorerStore,
    /** The explorer's fact types: lane names and sentences. */
    private readonly factTypes: FactTypeLookup,
  ) {
    store.subscribe((state, _previous, action) => {
      const inputs = timelineInputs(state);
      if (!mayDraw(state, action) || !inputsChanged(this.drawn, inputs)) return;
      this.drawn = inputs;
      this.draw(state);
    });
  }

  private draw(state: ExplorerState): void {
    const { view, data } = state;
    const large = data.graph.nodes.length > LARGE_GRAPH;
    this.svg.parentElement?.classList.toggle('hidden', large);
    if (large) return;
    const { model, days } = graphTimeline(data.graph, state.lanesBy, this.factTypes, view);
    const selectedFact = view.selected?.kind === 'fact' ? view.selected.id : undefined;
    this.view.update(model, view, selectedFact, view.asOf);
    this.controls.setDays([...days]);
    this.controls.show(view.asOf, view.compare, view.known);
  }
}
