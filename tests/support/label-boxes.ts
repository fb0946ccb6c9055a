// What a reader sees of the SVG graph's labels, measured in the page: each shown label's box on
// screen and its font size in screen px; the drawn entities' extent against the view's.
import type { Page } from 'playwright-core';

/** A shown label: its words, whether it names an entity or a fact, box and size in px. */
export interface ShownLabel {
  readonly text: string;
  readonly of: 'entity' | 'fact';
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly px: number;
}

/** Every label of `#graph` a reader sees now (not display:none). */
export function shownLabels(page: Page): Promise<ShownLabel[]> {
  return page.$$eval('#graph .node text, #graph .edge text', (texts) =>
    texts.flatMap((t) => {
      const text = t as SVGTextElement;
      if (getComputedStyle(text).display === 'none' || !text.textContent) return [];
      const r = text.getBoundingClientRect();
      const scale = text.getScreenCTM()?.a ?? 1;
      return [
        {
          text: text.textContent,
          of: text.closest('.node') ? ('entity' as const) : ('fact' as const),
          x0: r.left,
          y0: r.top,
          x1: r.right,
          y1: r.bottom,
          px: parseFloat(getComputedStyle(text).fontSize) * scale,
        },
      ];
    }),
  );
}

/** Pairs of labels that overlap by more than `slack` px both across and down. */
export function overlapping(labels: readonly ShownLabel[], slack: number): string[] {
  const out: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) {
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > slack && h > slack)
        out.push(`${a.text} / ${b.text} (${w.toFixed(0)}×${h.toFixed(0)} px)`);
    }
  });
  return out;
}

/** The share of the graph's width and height the drawn entities' symbols span (0 to 1). */
export function filledShare(page: Page): Promise<{ width: number; height: number }> {
  return page.$eval('#graph', (svg) => {
    const view = svg.getBoundingClientRect();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const s of svg.querySelectorAll('.node .symbol')) {
      const r = s.getBoundingClientRect();
      [x0, y0] = [Math.min(x0, r.left), Math.min(y0, r.top)];
      [x1, y1] = [Math.max(x1, r.right), Math.max(y1, r.bottom)];
    }
    return { width: (x1 - x0) / view.width, height: (y1 - y0) / view.height };
  });
}
