// The mouse wheel over a framed embed scrolls the host's article, as map embeds do: the graph
// zooms with a modifier key (Ctrl or ⌘; a trackpad pinch sends Ctrl), after a click on it, or
// with the zoom buttons. The first wheel that scrolls says so.

/** What a wheel event over the graph does. */
export type WheelAction = 'zoom' | 'scroll';

/** A wheel zooms when the reader clicked the graph first or holds Ctrl or ⌘; else it scrolls. */
export function wheelAction(
  armed: boolean,
  event: Pick<WheelEvent, 'ctrlKey' | 'metaKey'>,
): WheelAction {
  return armed || event.ctrlKey || event.metaKey ? 'zoom' : 'scroll';
}

/** The hint shown on the first wheel that scrolled instead of zooming. */
export const WHEEL_HINT =
  'To zoom, hold Ctrl (⌘ on a Mac) while scrolling, click the graph first, or use + and −.';

/**
 * Gates wheel zoom over `graph`: a wheel event that should scroll is stopped in the capture
 * phase on `stage` (so the graph's zoom never sees it and the browser scrolls the host); a
 * click on the graph arms zooming until the pointer leaves the embed. `hint` is shown once.
 */
export function gateWheel(stage: HTMLElement, graph: Element, hint: HTMLElement): void {
  let armed = false;
  let hinted = false;
  graph.addEventListener('pointerdown', () => {
    armed = true;
  });
  document.documentElement.addEventListener('pointerleave', () => {
    armed = false;
  });
  stage.addEventListener(
    'wheel',
    (event) => {
      if (wheelAction(armed, event) === 'zoom') return;
      event.stopPropagation();
      if (hinted) return;
      hinted = true;
      hint.textContent = WHEEL_HINT;
      hint.hidden = false;
    },
    { capture: true, passive: true },
  );
}
