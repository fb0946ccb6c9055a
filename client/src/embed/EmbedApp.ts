// The embed: draws its view's graph, details and timeline, read-only; tells its host what the
// reader selects and which time is shown, and follows the host's focus and date commands.
import type { EmbedPayload } from '../../../server/domain/embed-view';
import type { GraphEdge } from '../../../server/domain/model';
import { conflicts } from '../../../server/domain/conflicts';
import { FactTypeRegistry } from '../../../server/domain/fact-type-registry';
import { statesOn, uncertainOn } from '../../../server/domain/snapshot';
import { inRange } from '../../../server/domain/view-filter';
import type { Selection } from '../explorer/view-state';
import { asOfFilter } from '../explorer/visible-graph';
import { GraphView } from '../graph/GraphView';
import { TimelineView } from '../timeline/TimelineView';
import { timelineModel } from '../timeline/timeline-model';
import { creditText, renderEntityDetails, renderFactDetails } from './details';
import type { EmbedCommand, EmbedEvent } from './messages';

export interface EmbedElements {
  readonly title: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly timeline: SVGSVGElement;
  readonly details: HTMLElement;
  readonly status: HTMLElement;
  readonly credit: HTMLElement;
  readonly link: HTMLAnchorElement;
}

interface TimeState {
  readonly asOf?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/**
 * The embed page: graph, details and timeline of one view, read-only, talking to its host by
 * postMessage.
 */
export class EmbedApp {
  private readonly graphView: GraphView;
  private readonly timelineView: TimelineView | undefined;
  private selected: Selection | undefined;
  private time: TimeState;
  private readonly names: Map<string, string>;
  /** The embed's own fact types: the built-in ones and those its payload carries. */
  private readonly factTypes: FactTypeRegistry;

  constructor(
    private readonly ui: EmbedElements,
    private readonly data: EmbedPayload,
    showTimeline: boolean,
    private readonly post: (event: EmbedEvent) => void,
  ) {
    this.factTypes = new FactTypeRegistry(data.factTypes);
    this.selected = data.view.selected;
    this.time = { asOf: data.view.asOf, from: data.view.from, to: data.view.to };
    this.names = new Map([
      ...Object.entries(data.names),
      ...data.graph.nodes.map((n): [string, string] => [n.key, n.attributes.name]),
    ]);
    this.graphView = new GraphView(
      ui.svg,
      {
        onSelect: (selection) => this.select(selection),
        // Read-only: a double-click selects; expanding belongs to the explorer.
        onExpand: (id) => this.select({ kind: 'entity', id }),
        onViewport: () => undefined,
      },
      this.factTypes,
    );
    const panel = ui.timeline.parentElement;
    if (showTimeline && data.events.length > 0) {
      this.timelineView = new TimelineView(ui.timeline, {
        onBrush: (range) => this.setTime({ ...this.time, from: range?.from, to: range?.to }),
        onSelectFact: (id) => this.select({ kind: 'fact', id }),
      });
    } else {
      panel?.classList.add('hidden');
    }
    ui.credit.textContent = creditText(data.graph, this.nameOf);
    ui.link.href = data.explorer;
    document.title = data.title;
    ui.title.textContent = data.title;
  }

  /** Zooms the graph about its centre (the zoom buttons); `undefined` fits the whole view. */
  zoom(factor: number | undefined): void {
    if (factor === undefined) this.graphView.fit();
    else this.graphView.zoomBy(factor);
  }

  private readonly nameOf = (id: string): string => this.names.get(id) ?? id;

  /** Draws the view and fits it; tells the host it is ready. */
  start(): void {
    this.render();
    this.graphView.fit();
    this.showDetails();
    performance.mark('embed-graph-drawn');
    this.post({
      type: 'ready',
      title: this.data.title,
      entities: this.data.graph.nodes.length,
      facts: this.data.graph.edges.length,
    });
  }

  /** Follows a host command; returns what went wrong, if anything. */
  command(command: EmbedCommand): string | undefined {
    if (command.type === 'focus') {
      if (
        !this.names.has(command.entity) ||
        !this.data.graph.nodes.some((n) => n.key === command.entity)
      ) {
        return `"${command.entity}" is not in this view`;
      }
      this.select({ kind: 'entity', id: command.entity });
      this.graphView.centreOn(command.entity);
      return undefined;
    }
    this.setTime({ ...this.time, asOf: command.date ?? undefined });
    return undefined;
  }

  private visibleEdges(): GraphEdge[] {
    const { asOf, from, to } = this.time;
    const edges = this.data.graph.edges.filter((e) => inRange(e, from, to));
    if (!asOf) return edges;
    const inForce = new Set(
      statesOn(this.data.graph.edges, asOf, this.factTypes)
        .filter((s) => s.state === 'active' || s.state === 'uncertain')
        .flatMap((s) => s.edges.map((e) => e.key)),
    );
    return edges.filter((e) => asOfFilter(e, asOf, inForce));
  }

  private render(): void {
    const edges = this.visibleEdges();
    const visible = { ...this.data.graph, edges };
    this.graphView.update(visible, this.selected, undefined);
    const { asOf } = this.time;
    this.graphView.markUncertain(
      asOf ? uncertainOn(visible.edges, asOf, this.factTypes) : new Set(),
    );
    this.ui.status.textContent = visible.nodes.length === 0 ? 'This view is empty.' : '';
    if (this.timelineView) {
      const disputed = new Set(
        [...conflicts(this.data.graph.edges)].flatMap(([key, rivals]) =>
          rivals.length > 0 ? [key] : [],
        ),
      );
      const names = Object.fromEntries(this.names);
      this.timelineView.update(
        timelineModel(this.data.events, names, this.factTypes, 'entity', disputed),
        { from: this.time.from, to: this.time.to },
        this.selected?.kind === 'fact' ? this.selected.id : undefined,
        this.time.asOf,
      );
    }
  }

  private select(selection: Selection | undefined): void {
    this.selected = selection;
    this.render();
    this.showDetails();
    this.post({
      type: 'select',
      selection: selection
        ? {
            ...selection,
            name:
              selection.kind === 'entity'
                ? this.nameOf(selection.id)
                : (this.data.graph.edges.find((e) => e.key === selection.id)?.attributes.type ??
                  ''),
          }
        : null,
    });
  }

  private setTime(time: TimeState): void {
    this.time = time;
    this.render();
    this.post({
      type: 'time',
      asOf: time.asOf ?? null,
      from: time.from ?? null,
      to: time.to ?? null,
    });
  }

  private showDetails(): void {
    const s = this.selected;
    if (!s) {
      this.ui.details.replaceChildren();
      const hint = document.createElement('p');
      hint.className = 'meta';
      hint.textContent = 'Select an entity or a fact for its details and sources.';
      this.ui.details.append(hint);
    } else if (s.kind === 'entity') {
      renderEntityDetails(this.ui.details, s.id, this.data.graph, this.nameOf, this.factTypes);
    } else {
      renderFactDetails(this.ui.details, s.id, this.data.graph, this.nameOf, this.factTypes);
    }
    // On narrow widths the details open over the graph (embed.css); Close gives it back.
    this.ui.details.classList.toggle('open', s !== undefined);
    if (s) {
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'close-details';
      close.textContent = 'Close';
      close.addEventListener('click', () => this.select(undefined));
      this.ui.details.prepend(close);
    }
  }
}
