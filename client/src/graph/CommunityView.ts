// Draws the communities view with D3 (SVG): one labelled disc per community, lines for the facts
// between communities, an expanded community as a ring of its members. Discs and members are
// buttons for the keyboard (Tab, Enter or Space); text only through selection.text().
import * as d3 from 'd3';
import {
  shortLabel,
  type CommunityLine,
  type CommunityScene,
  type CommunityShape,
} from './community-layout';

export interface CommunityViewEvents {
  /** A community's disc was activated: open it (or close it when it is open). */
  onToggle(community: string): void;
  /** A member of an open community was activated. */
  onSelectEntity(id: string): void;
}

const MARGIN = 40;

/** The communities view, drawn into one `<svg>` element. */
export class CommunityView {
  private readonly root: d3.Selection<SVGGElement, unknown, null, undefined>;
  private readonly zoom: d3.ZoomBehavior<SVGSVGElement, unknown>;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly events: CommunityViewEvents,
  ) {
    const selection = d3.select(svg);
    this.root = selection.append('g').attr('class', 'community-root');
    this.zoom = d3
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 8])
      .on('zoom', (event: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.root.attr('transform', event.transform.toString());
      });
    selection.call(this.zoom).on('dblclick.zoom', null);
  }

  /** Draws `scene`, then fits it into the view. */
  update(scene: CommunityScene, open: ReadonlySet<string>): void {
    this.root.selectAll('*').remove();
    this.root
      .append('g')
      .attr('class', 'community-lines')
      .selectAll<SVGLineElement, CommunityLine>('line')
      .data(scene.lines)
      .join('line')
      .attr('class', (l) => (l.source.role === 'member' ? 'member-fact' : 'community-link'))
      .attr('x1', (l) => l.source.x)
      .attr('y1', (l) => l.source.y)
      .attr('x2', (l) => l.target.x)
      .attr('y2', (l) => l.target.y)
      .attr('stroke-width', (l) => l.width);
    const shapes = this.root
      .append('g')
      .selectAll<SVGGElement, CommunityShape>('g')
      .data(scene.shapes)
      .join('g')
      .attr('class', (s) => (s.role === 'cluster' && open.has(s.key) ? 'cluster open' : s.role))
      .attr('data-community', (s) => s.community)
      .attr('data-key', (s) => s.key)
      .attr('transform', (s) => `translate(${s.x},${s.y})`)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (s) => describe(s, open.has(s.key)));
    shapes.append('circle').attr('r', (s) => s.r);
    shapes
      .filter((s) => s.labelled && s.role === 'cluster')
      .append('text')
      .attr('class', 'cluster-label')
      .attr('text-anchor', 'middle')
      .attr('y', (s) => s.r + 14)
      .text((s) => `${shortLabel(s.label)} (${s.size.toLocaleString('en')})`);
    // A member's label points away from its community's centre, so ring labels do not cross.
    const centre = new Map(scene.shapes.filter((s) => s.role === 'cluster').map((s) => [s.key, s]));
    shapes
      .filter((s) => s.labelled && s.role === 'member')
      .each(function (s) {
        const c = centre.get(s.community);
        const dx = c ? s.x - c.x : 0;
        const dy = c ? s.y - c.y : -1;
        const len = Math.hypot(dx, dy) || 1;
        d3.select(this)
          .append('text')
          .attr('class', 'member-label')
          .attr('text-anchor', Math.abs(dx / len) < 0.3 ? 'middle' : dx > 0 ? 'start' : 'end')
          .attr('x', (dx / len) * (s.r + 4))
          .attr('y', (dy / len) * (s.r + 4) + (dy > 0 ? 10 : 0))
          .text(s.label);
      });
    shapes.append('title').text((s) => describe(s, open.has(s.key)));
    const activate = (s: CommunityShape): void => {
      if (s.role === 'cluster') this.events.onToggle(s.key);
      else this.events.onSelectEntity(s.key);
    };
    shapes.on('click', (_event, s) => activate(s));
    shapes.on('keydown', (event: KeyboardEvent, s) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      activate(s);
    });
    this.fit(scene);
  }

  /** Moves keyboard focus to the disc or member with `key`, if drawn. */
  focus(key: string): void {
    this.svg.querySelector<SVGGElement>(`g[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  private fit(scene: CommunityScene): void {
    if (scene.shapes.length === 0) return;
    const x0 = Math.min(...scene.shapes.map((s) => s.x - s.r)) - MARGIN;
    const x1 = Math.max(...scene.shapes.map((s) => s.x + s.r)) + MARGIN;
    const y0 = Math.min(...scene.shapes.map((s) => s.y - s.r)) - MARGIN;
    const y1 = Math.max(...scene.shapes.map((s) => s.y + s.r)) + MARGIN;
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 600;
    const k = Math.min(2, width / (x1 - x0), height / (y1 - y0));
    const t = d3.zoomIdentity
      .translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2)
      .scale(k);
    d3.select(this.svg).call((s) => {
      this.zoom.transform(s, t);
    });
  }
}

/** What a screen reader hears for a disc or a member. */
function describe(s: CommunityShape, open: boolean): string {
  if (s.role === 'member') return `${s.label}: select to see its details`;
  const what = `Community of ${s.size.toLocaleString('en')} entities: ${s.label}`;
  return open ? `${what}. Press Enter to close it.` : `${what}. Press Enter to see its members.`;
}
