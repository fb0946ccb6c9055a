// The colours the drawings use beyond an entity's kind (style.ts): read from the page's CSS
// custom properties (--mark, --edge, --fg, --muted, --bg; drawing.css and the page's theme), so the SVG
// view's classes and the Canvas view's paint share one definition, dark theme included.

/** The colours a Canvas frame paints with, as CSS colour strings. */
export interface Palette {
  /** Selected and highlighted entities and facts. */
  readonly mark: string;
  /** Facts. */
  readonly edge: string;
  /** Entity labels and pinned rings. */
  readonly fg: string;
  /** Fact labels. */
  readonly muted: string;
  /** The background (labels get a halo of it). */
  readonly bg: string;
}

/** The custom property each colour is read from. */
export const PALETTE_PROPERTIES: Readonly<Record<keyof Palette, string>> = {
  mark: '--mark',
  edge: '--edge',
  fg: '--fg',
  muted: '--muted',
  bg: '--bg',
};

/** What a colour falls back to on a page without the stylesheet (a benchmark page): plain grey. */
const UNSTYLED = 'grey';

/**
 * The palette from a style declaration (`getComputedStyle(element)`): each custom property's
 * value, trimmed, or `UNSTYLED` when the page does not set it.
 */
export function readPalette(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): Palette {
  const read = (name: keyof Palette): string =>
    style.getPropertyValue(PALETTE_PROPERTIES[name]).trim() || UNSTYLED;
  return {
    mark: read('mark'),
    edge: read('edge'),
    fg: read('fg'),
    muted: read('muted'),
    bg: read('bg'),
  };
}
