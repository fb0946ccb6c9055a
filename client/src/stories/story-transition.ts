// Transitions between story steps: entities glide from where they were, the camera moves, facts
// fade in, and the as-of day counts to the new one; nothing moves under prefers-reduced-motion.
import * as d3 from 'd3';

/** How long a step transition lasts (ms). */
export const TRANSITION_MS = 600;

/** Whether the reader asked for less motion (then every change is immediate). */
export function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Where things are drawn now: each entity's transform by id, and the camera's. */
export interface Drawn {
  readonly nodes: ReadonlyMap<string, string>;
  readonly camera: string | null;
}

/** Reads where the graph in `svg` is drawn now (before a step changes it). */
export function drawnNow(svg: SVGSVGElement): Drawn {
  const nodes = new Map<string, string>();
  for (const g of svg.querySelectorAll<SVGGElement>('g.node[data-id]')) {
    const t = g.getAttribute('transform');
    if (t && g.dataset.id) nodes.set(g.dataset.id, t);
  }
  return { nodes, camera: svg.querySelector('g.viewport')?.getAttribute('transform') ?? null };
}

/**
 * Animates the graph from `before` to how it is drawn now: entities drawn before glide from their
 * old place, new facts and entities fade in, the camera moves. Everything is put back where it
 * was at once; the clock starts once that has been painted, so the first frame of a large step
 * (seconds on a busy phone) does not eat the transition. Resolves when done (at once when motion
 * is reduced). Marks the svg `data-moving` meanwhile.
 */
export function animateFrom(svg: SVGSVGElement, before: Drawn): Promise<void> {
  if (reducedMotion() || before.nodes.size === 0) return Promise.resolve();
  type Start = (t: d3.Transition<d3.BaseType, unknown, null, undefined>) => Promise<void>;
  const root = d3.select(svg);
  svg.dataset.moving = '1';
  const starts: Start[] = [];
  root.selectAll<SVGGElement, unknown>('g.node[data-id]').each(function () {
    const to = this.getAttribute('transform') ?? '';
    const from = before.nodes.get(this.dataset.id ?? '');
    const sel = d3.select(this);
    if (from && from !== to) {
      sel.attr('transform', from);
      starts.push((t) => sel.transition(t).attr('transform', to).end());
    } else if (!from) {
      sel.style('opacity', 0);
      starts.push((t) => sel.transition(t).style('opacity', null).end());
    }
  });
  const edges = root.selectAll<SVGGElement, unknown>('g.edge').style('opacity', 0);
  starts.push((t) => edges.transition(t).style('opacity', null).end());
  const viewport = root.select<SVGGElement>('g.viewport');
  const camera = viewport.attr('transform');
  if (before.camera && camera && before.camera !== camera) {
    viewport.attr('transform', before.camera);
    starts.push((t) => viewport.transition(t).attr('transform', camera).end());
  }
  return afterNextPaint()
    .then(() => {
      const t = d3.transition().duration(TRANSITION_MS).ease(d3.easeCubicInOut);
      return Promise.allSettled(starts.map((start) => start(t)));
    })
    .then(() => {
      delete svg.dataset.moving;
    });
}

/** Resolves in the frame after the next one, once what is drawn now has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}

/** The day count running, stopped when another step starts. */
let dayTimer: d3.Timer | undefined;

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayText = (n: number): string => new Date(Math.round(n) * DAY_MS).toISOString().slice(0, 10);

/**
 * Shows `to` through `show`, counting day by day from `from` over the transition (at once when
 * motion is reduced or either day is missing).
 */
export function tweenDay(
  from: string | undefined,
  to: string | undefined,
  show: (day: string | undefined) => void,
): void {
  dayTimer?.stop();
  if (!from || !to || from === to || reducedMotion()) {
    show(to);
    return;
  }
  const a = dayNumber(from);
  const b = dayNumber(to);
  const timer = d3.timer((elapsed) => {
    const k = Math.min(1, elapsed / TRANSITION_MS);
    show(k >= 1 ? to : dayText(a + (b - a) * d3.easeCubicInOut(k)));
    if (k >= 1) timer.stop();
  });
  dayTimer = timer;
}
