// The story embed's player: draws one step at a time from the pinned data (graph on its day,
// highlight, selection, caption, the sources of what it highlights) and animates between steps.
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import { FactTypeRegistry } from '../../../server/domain/fact-type-registry';
import { uncertainOn } from '../../../server/domain/snapshot';
import type { StoryPayload } from '../../../server/domain/wire/story';
import { renderFactList } from '../embed/details';
import { GraphView } from '../graph/GraphView';
import { renderCaption } from './caption';
import { citedFacts, stepCamera, stepGraph, stepHighlight } from './step-graph';
import { animateFrom, drawnNow, tweenDay } from './story-transition';

/** The page elements a player draws into. */
export interface StoryElements {
  readonly svg: SVGSVGElement;
  readonly caption: HTMLElement;
  readonly count: HTMLElement;
  readonly day: HTMLElement;
  readonly sources: HTMLElement;
  readonly link: HTMLAnchorElement;
  readonly prev: HTMLButtonElement;
  readonly next: HTMLButtonElement;
}

const dayWords = (day: string | undefined): string =>
  day
    ? `As of ${new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`
    : 'All dates';

/** Plays a published story: `show(i)` draws step i (from 0) and tells `onStep`. */
export class StoryPlayer {
  private readonly factTypes: FactTypeLookup;
  private readonly names = new Map<string, string>();
  private current = -1;
  private day: string | undefined;

  constructor(
    private readonly ui: StoryElements,
    private readonly payload: StoryPayload,
    private readonly onStep: (step: number) => void,
  ) {
    const types = payload.story.data.flatMap((d) => d.factTypes);
    this.factTypes = new FactTypeRegistry(types);
    for (const d of payload.story.data) {
      for (const [id, name] of Object.entries(d.names)) this.names.set(id, name);
      for (const n of d.graph.nodes) this.names.set(n.key, n.attributes.name);
    }
  }

  /**
   * A new drawing for each step, so a step is laid out the same whichever step came before
   * (opening `#step=N` shows what stepping to it shows); read-only: the step decides selection.
   */
  private freshView(): GraphView {
    return new GraphView(
      this.ui.svg,
      { onSelect: () => undefined, onExpand: () => undefined, onViewport: () => undefined },
      this.factTypes,
    );
  }

  /** Steps in the story. */
  get count(): number {
    return this.payload.story.steps.length;
  }

  /** The step shown (from 0), -1 before the first. */
  get shown(): number {
    return this.current;
  }

  private readonly nameOf = (id: string): string => this.names.get(id) ?? id;

  /** Draws step `index` (clamped), animating from the step before unless motion is reduced. */
  show(index: number): void {
    const i = Math.max(0, Math.min(this.count - 1, index));
    const step = this.payload.story.steps[i];
    const data = this.payload.story.data[i];
    if (!step || !data || i === this.current) return;
    const first = this.current < 0;
    this.current = i;
    const before = drawnNow(this.ui.svg);
    const graph = stepGraph(data, this.factTypes);
    const view = this.freshView();
    // Entities where the explorer drew them, seen through its camera (when the step kept them).
    if (step.layout) view.placeAt(step.layout.positions);
    view.update(graph, data.view.selected, stepHighlight(step));
    const asOf = data.view.asOf;
    view.markUncertain(asOf ? uncertainOn(graph.edges, asOf, this.factTypes) : new Set());
    const { width, height } = this.ui.svg.getBoundingClientRect();
    const camera = stepCamera(step, { width, height });
    if (camera) view.setViewport(camera);
    else view.fit();
    this.ui.svg.dataset.step = String(i + 1);
    this.ui.svg.dataset.asOf = asOf ?? '';
    if (!first) void animateFrom(this.ui.svg, before);
    tweenDay(this.day, asOf, (day) => {
      this.ui.day.textContent = dayWords(day);
    });
    this.day = asOf;
    this.ui.count.textContent = `Step ${i + 1} of ${this.count}`;
    renderCaption(this.ui.caption, step.caption);
    const cited = citedFacts(step, graph, data);
    if (cited.length > 0)
      renderFactList(this.ui.sources, cited, graph, this.nameOf, this.factTypes);
    else this.ui.sources.replaceChildren();
    this.ui.link.href = `${this.payload.explorer}?${step.view}`;
    this.ui.prev.disabled = i === 0;
    this.ui.next.disabled = i === this.count - 1;
    // For the benchmark: when the first step stands drawn (laid out, framed, captioned).
    if (first) performance.mark('story-first-step');
    this.onStep(i);
  }

  /** Shows the next step (or stays on the last). */
  next(): void {
    this.show(this.current + 1);
  }

  /** Shows the step before (or stays on the first). */
  previous(): void {
    this.show(this.current - 1);
  }
}
