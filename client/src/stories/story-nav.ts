// How a reader moves through a click-through story: the buttons, the keyboard (arrows, Page
// Up/Down, Home/End, outside the graph whose arrows move between entities) and horizontal swipes
// with one finger over the graph and the caption.
import type { StoryPlayer } from './story-player';

/** Wires buttons, keys and swipes on `area` (the whole stage: graph and caption) to the player. */
export function wireNavigation(
  player: StoryPlayer,
  prev: HTMLButtonElement,
  next: HTMLButtonElement,
  area: HTMLElement,
  graph: SVGSVGElement,
): void {
  prev.addEventListener('click', () => player.previous());
  next.addEventListener('click', () => player.next());
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Node | null;
    if (target && graph.contains(target)) return;
    if (target instanceof HTMLElement && target.closest('input, textarea, select')) return;
    const moves: Record<string, () => void> = {
      ArrowRight: () => player.next(),
      ArrowDown: () => player.next(),
      PageDown: () => player.next(),
      ArrowLeft: () => player.previous(),
      ArrowUp: () => player.previous(),
      PageUp: () => player.previous(),
      Home: () => player.show(0),
      End: () => player.show(player.count - 1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  });
  wireSwipes(player, area, graph);
}

/** Least horizontal travel (CSS px) of a swipe, and how much more than vertical it must be. */
const SWIPE_PX = 50;
/** On the graph a swipe is a flick, over within this long (ms); a slower drag pans the graph. */
const FLICK_MS = 350;

/**
 * One-finger (touch or pen) horizontal swipes anywhere on `area` (the graph and the caption):
 * leftwards the next step, rightwards the one before. On the graph only a flick that starts off
 * the entities counts, so dragging pans and moves entities as ever; a second finger (a pinch)
 * cancels. Mouse drags never swipe (they pan, or select text).
 */
function wireSwipes(player: StoryPlayer, area: HTMLElement, graph: SVGSVGElement): void {
  let start: { x: number; y: number; id: number; at: number; onGraph: boolean } | undefined;
  const down = new Set<number>();
  area.addEventListener('pointerdown', (e) => {
    down.add(e.pointerId);
    const target = e.target instanceof Element ? e.target : null;
    start =
      e.pointerType !== 'mouse' && down.size === 1 && !target?.closest('#graph g.node')
        ? {
            ...{ x: e.clientX, y: e.clientY, id: e.pointerId, at: e.timeStamp },
            onGraph: target !== null && graph.contains(target),
          }
        : undefined;
  });
  const lift = (e: PointerEvent): void => {
    down.delete(e.pointerId);
  };
  area.addEventListener('pointerup', (e) => {
    lift(e);
    if (!start || start.id !== e.pointerId) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    const slow = start.onGraph && e.timeStamp - start.at > FLICK_MS;
    start = undefined;
    if (slow || Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    if (dx < 0) player.next();
    else player.previous();
  });
  area.addEventListener('pointercancel', (e) => {
    lift(e);
    start = undefined;
  });
}
