// How a reader moves through a click-through story: the buttons, the keyboard (arrows, Page
// Up/Down, Home/End, outside the graph whose arrows move between entities) and horizontal swipes.
import type { StoryPlayer } from './story-player';

/** Least horizontal travel (CSS px) of a swipe, and how much more than vertical it must be. */
const SWIPE_PX = 50;

/** Wires buttons, keys and swipes on `area` to the player. */
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
  let start: { x: number; y: number; id: number } | undefined;
  area.addEventListener('pointerdown', (e) => {
    start = { x: e.clientX, y: e.clientY, id: e.pointerId };
  });
  area.addEventListener('pointerup', (e) => {
    if (!start || start.id !== e.pointerId) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < 2 * Math.abs(dy)) return;
    if (dx < 0) player.next();
    else player.previous();
  });
  area.addEventListener('pointercancel', () => {
    start = undefined;
  });
}
