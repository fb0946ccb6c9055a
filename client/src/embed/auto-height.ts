// The height an embed wants for its width, posted to the host page whenever it changes, so the
// host's iframe grows or shrinks to fit (as Datawrapper's responsive embeds do).

/** Below this width (CSS px) the embed stacks: the graph full width, details over it. */
export const NARROW_WIDTH = 600;

/** The parts of the embed whose height does not depend on the iframe's height, in CSS px. */
export interface EmbedParts {
  /** The iframe's width. */
  readonly width: number;
  /** Heading, status line, timeline (its full drawing) and credit line, together. */
  readonly around: number;
  /** Details beside the graph (wide layouts) need this much height to be read whole. */
  readonly details: number;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The embed's wanted height in whole CSS px: a graph of about 3:4 of the width (narrow: near
 * square), from 300 to 560 px, at least as tall as the details beside it (wide layouts, up to
 * 720 px), plus the parts around it; the timeline counts at most 240 px (it scrolls beyond).
 */
export function wantedHeight(parts: EmbedParts): number {
  const narrow = parts.width < NARROW_WIDTH;
  const graph = narrow
    ? clamp(parts.width * 0.9, 300, 480)
    : clamp(Math.max(parts.width * 0.55, Math.min(parts.details, 720)), 300, 720);
  return Math.ceil(graph + parts.around);
}

/**
 * Measures the embed and calls `post` with its wanted height now and after every change of
 * size (ResizeObserver), never twice with the same value. Returns a function that measures
 * again (for changes of content that change no observed size).
 */
export function reportHeight(
  measure: () => EmbedParts,
  watched: readonly Element[],
  post: (height: number) => void,
): () => void {
  let last = 0;
  const send = (): void => {
    const height = wantedHeight(measure());
    if (height === last) return;
    last = height;
    post(height);
  };
  const observer = new ResizeObserver(send);
  for (const element of watched) observer.observe(element);
  send();
  return send;
}
