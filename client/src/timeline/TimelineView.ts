// Draws the timeline with D3 (SVG, a time scale): lanes per entity, points and spans, a brush
// that sets the graph's date range, clicks that select a fact, and zoom and pan of the time axis
// (timeline-zoom.ts binds the controls, time-window.ts computes the window).
import * as d3 from 'd3';
import type { TimelineItem, TimelineModel } from './timeline-model';
import { tickLabeller } from './axis-format';
import { panWindow, showsAll, zoomWindow, type TimeWindow } from './time-window';
import { bindTimelineZoom } from './timeline-zoom';

export interface TimelineEvents {
  onBrush(range: { from: string; to: string } | undefined): void;
  onSelectFact(id: string): void;
}

const LANE = 18;
const LEFT = 130;
const AXIS = 22;

const iso = d3.utcFormat('%Y-%m-%d');
const parse = (s: string): Date => new Date(`${s}T00:00:00Z`);
const endOf = (s: string): Date => new Date(parse(s).getTime() + 86400000);

type DrawArgs = Parameters<TimelineView['update']>;

/** The SVG timeline: lanes per entity, points and spans, a brush for the date range, zoom. */
export class TimelineView {
  private readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private settingBrush = false;
  /** The whole span drawn and the part of it on screen (undefined: all of it). */
  private full: TimeWindow | undefined;
  private window: TimeWindow | undefined;
  private last: DrawArgs | undefined;

  constructor(
    private readonly element: SVGSVGElement,
    private readonly events: TimelineEvents,
  ) {
    this.svg = d3.select(element);
    bindTimelineZoom(element, {
      zoom: (factor, at) => this.setWindow((view, full) => zoomWindow(view, full, factor, at)),
      pan: (fraction) => this.setWindow((view, full) => panWindow(view, full, fraction)),
      reset: () => this.setWindow((_view, full) => full),
      fraction: (clientX) => {
        const box = this.element.getBoundingClientRect();
        return (clientX - box.left - LEFT) / Math.max(1, box.width - LEFT - 10);
      },
    });
  }

  /** The time window on screen, ISO days (the whole span when not zoomed). */
  shown(): { from: string; to: string } | undefined {
    const w = this.window ?? this.full;
    return w ? { from: iso(new Date(w.start)), to: iso(new Date(w.end - 1)) } : undefined;
  }

  private setWindow(next: (view: TimeWindow, full: TimeWindow) => TimeWindow): void {
    if (!this.full || !this.last) return;
    const w = next(this.window ?? this.full, this.full);
    this.window = showsAll(w, this.full) ? undefined : w;
    // The redraw replaces the marks: the one that had the focus (keys zoom there) keeps it.
    const active = document.activeElement;
    const focused = active && this.element.contains(active) ? active.getAttribute('data-id') : null;
    this.update(...this.last);
    if (focused !== null) {
      this.element.querySelector<SVGGElement>(`.item[data-id="${CSS.escape(focused)}"]`)?.focus();
    }
  }

  update(
    model: TimelineModel,
    range: { from?: string; to?: string },
    selectedFact: string | undefined,
    asOf?: string,
  ): void {
    this.last = [model, range, selectedFact, asOf];
    const width = this.element.getBoundingClientRect().width || 800;
    const height = AXIS + model.lanes.length * LANE + 8;
    this.svg.attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    this.svg.selectAll('*').remove();
    if (!model.extent) {
      this.svg
        .append('text')
        .attr('x', 8)
        .attr('y', 16)
        .attr('class', 'meta')
        .text('No dated facts in view.');
      return;
    }
    const [a, b] = model.extent;
    const whole = d3
      .scaleUtc()
      .domain([d3.utcMonth.offset(parse(a), -2), d3.utcMonth.offset(endOf(b), 2)])
      .nice()
      .domain();
    const full = { start: whole[0]?.getTime() ?? 0, end: whole[1]?.getTime() ?? 0 };
    // A new span (another graph) keeps the window only where it still fits inside.
    if (this.window && (this.window.start < full.start || this.window.end > full.end)) {
      this.window = undefined;
    }
    this.full = full;
    const shown = this.window ?? full;
    const x = d3
      .scaleUtc()
      .domain([new Date(shown.start), new Date(shown.end)])
      .range([LEFT, width - 10]);
    this.svg
      .attr('data-from', iso(new Date(shown.start)))
      .attr('data-to', iso(new Date(shown.end)));
    this.svg
      .append('clipPath')
      .attr('id', `${this.element.id || 'timeline'}-clip`)
      .append('rect')
      .attr('x', LEFT - 6)
      .attr('y', 0)
      .attr('width', Math.max(0, width - LEFT - 4))
      .attr('height', height);
    // About one label per 100 px, each naming its year: labels never run into each other and
    // always say which time they mark, at any zoom.
    const ticks = x.ticks(Math.max(2, Math.floor((width - LEFT) / 100)));
    const label = tickLabeller(ticks);
    this.svg
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${AXIS - 4})`)
      .call(
        d3
          .axisTop(x)
          .tickValues(ticks)
          .tickFormat((d) => label(new Date(d.valueOf()))),
      );
    const lanes = this.svg.append('g').attr('class', 'lanes');
    lanes
      .selectAll('text')
      .data(model.lanes)
      .join('text')
      .attr('x', LEFT - 6)
      .attr('y', (_d, i) => AXIS + i * LANE + LANE / 2 + 4)
      .attr('text-anchor', 'end')
      .text((d) => (d.name.length > 22 ? `${d.name.slice(0, 21)}…` : d.name))
      .append('title')
      .text((d) => d.name);
    const items = this.svg
      .append('g')
      .attr('class', 'items')
      .attr('clip-path', `url(#${this.element.id || 'timeline'}-clip)`)
      .selectAll<SVGGElement, TimelineItem>('g')
      .data(model.items, (d) => d.id)
      .join('g')
      .attr(
        'class',
        (d) =>
          `item ${d.shape}${d.approximate ? ' approximate' : ''}${d.disputed ? ' disputed' : ''}${d.openStart ? ' open-start' : ''}${d.fact === selectedFact ? ' selected' : ''}`,
      )
      .attr('data-id', (d) => d.id)
      .attr('data-fact', (d) => d.fact)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (d) => d.tooltip.replace(/\n/g, '; '))
      .on('click', (_e, d) => this.events.onSelectFact(d.fact))
      .on('keydown', (e: KeyboardEvent, d) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          this.events.onSelectFact(d.fact);
        }
      });
    const y = (d: TimelineItem): number => AXIS + d.lane * LANE + LANE / 2;
    items
      .filter((d) => d.shape === 'point')
      .append('circle')
      .attr('cx', (d) => x(parse(d.start)))
      .attr('cy', y)
      .attr('r', 4.5);
    items
      .filter((d) => d.shape === 'span')
      .append('rect')
      .attr('x', (d) => x(parse(d.start)))
      .attr('y', (d) => y(d) - 5)
      .attr('width', (d) => Math.max(3, x(endOf(d.end)) - x(parse(d.start))))
      .attr('height', 10)
      .attr('rx', 3);
    items.append('title').text((d) => d.tooltip);

    const brush = d3
      .brushX()
      .extent([
        [LEFT, AXIS - 2],
        [width - 10, height],
      ])
      .on('end', (event: d3.D3BrushEvent<unknown>) => {
        if (this.settingBrush || !event.sourceEvent) return;
        const sel = event.selection as [number, number] | null;
        if (!sel) {
          this.events.onBrush(undefined);
          return;
        }
        const from = iso(x.invert(sel[0]));
        const to = iso(new Date(x.invert(sel[1]).getTime() - 1));
        this.events.onBrush({ from, to });
      });
    const brushLayer = this.svg.insert('g', '.items').attr('class', 'brush').call(brush);
    if (asOf) {
      const at = x(endOf(asOf));
      this.svg
        .append('line')
        .attr('class', 'as-of')
        .attr('clip-path', `url(#${this.element.id || 'timeline'}-clip)`)
        .attr('x1', at)
        .attr('x2', at)
        .attr('y1', AXIS - 6)
        .attr('y2', height)
        .append('title')
        .text(`As of ${asOf}`);
    }
    if (range.from || range.to) {
      const clampX = (v: number): number => Math.min(width - 10, Math.max(LEFT, v));
      const [x0, x1] = [clampX(x(parse(range.from ?? a))), clampX(x(endOf(range.to ?? b)))];
      this.settingBrush = true;
      brush.move(brushLayer, x1 > x0 ? [x0, x1] : null);
      this.settingBrush = false;
    }
  }
}
