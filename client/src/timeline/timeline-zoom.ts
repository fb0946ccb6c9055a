// Zoom and pan controls of a timeline: buttons before it, Ctrl/⌘ + wheel (or a trackpad pinch)
// to zoom about the pointer, Shift + wheel to pan, and keys on a focused mark (+, −, ←, →, 0).
// A plain wheel scrolls the page, as it should.
import { el } from '../explorer/dom';

/** What the controls ask of the timeline. */
export interface TimelineZoomActions {
  /** Zoom by `factor` (above 1 closer) about `at` (0 left edge .. 1 right edge of the axis). */
  zoom(factor: number, at?: number): void;
  /** Pan by a fraction of the window (negative: earlier). */
  pan(fraction: number): void;
  /** Show the whole time span. */
  reset(): void;
  /** Where a client x falls on the axis, 0..1. */
  fraction(clientX: number): number;
}

/** Zoom step of the buttons and keys; pan step, as a fraction of the window. */
export const ZOOM_STEP = 2;
export const PAN_STEP = 0.25;

/** Builds the controls before `svg` and binds its wheel and keys. */
export function bindTimelineZoom(svg: SVGSVGElement, actions: TimelineZoomActions): HTMLElement {
  const button = (text: string, label: string, act: () => void): HTMLButtonElement => {
    const b = el('button', { text, attrs: { type: 'button', 'aria-label': label, title: label } });
    b.addEventListener('click', act);
    return b;
  };
  const controls = el(
    'div',
    { className: 'timeline-zoom', attrs: { role: 'group', 'aria-label': 'Zoom the timeline' } },
    button('+', 'Zoom in on the timeline', () => actions.zoom(ZOOM_STEP)),
    button('−', 'Zoom out of the timeline', () => actions.zoom(1 / ZOOM_STEP)),
    button('←', 'Earlier', () => actions.pan(-PAN_STEP)),
    button('→', 'Later', () => actions.pan(PAN_STEP)),
    button('Whole time', 'Show the whole time span', () => actions.reset()),
  );
  svg.before(controls);
  svg.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        actions.zoom(Math.pow(2, -event.deltaY / 200), actions.fraction(event.clientX));
      } else if (event.shiftKey) {
        event.preventDefault();
        const delta = event.deltaX !== 0 ? event.deltaX : event.deltaY;
        actions.pan(delta / 500);
      }
    },
    { passive: false },
  );
  svg.addEventListener('keydown', (event) => {
    const keys: Record<string, () => void> = {
      '+': () => actions.zoom(ZOOM_STEP),
      '=': () => actions.zoom(ZOOM_STEP),
      '-': () => actions.zoom(1 / ZOOM_STEP),
      ArrowLeft: () => actions.pan(-PAN_STEP),
      ArrowRight: () => actions.pan(PAN_STEP),
      '0': () => actions.reset(),
    };
    const act = keys[event.key];
    if (!act || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    act();
  });
  return controls;
}
