// The SVG view's prominent labels: kept at 11 px on screen or more, whatever the zoom, and
// placed so that none covers another (`placeLabels`). Measures each label once per name.
import type * as d3 from 'd3';
import { labelBox, placeLabels, type Box } from './label-placement';
import type { LayoutNode } from './layout';
import { nodeRadius } from './svg-marks';

/** Places the labels of the prominent entities of an SVG drawing. */
export class ProminentLabels {
  /** Entities whose labels stay readable at any zoom, most important first. */
  ids: string[] = [];
  /** Where the placed labels are on screen (px from the layout origin at the last zoom). */
  boxes: Box[] = [];
  /** Label length per px of font size, by entity, for the name it was measured with. */
  private readonly widths = new Map<string, { name: string; ratio: number }>();

  constructor(private readonly viewport: d3.Selection<SVGGElement, unknown, null, undefined>) {}

  /** Sizes and places the labels for zoom `k`, from the nodes' current positions. */
  place(nodes: readonly LayoutNode[], k: number): void {
    this.boxes = [];
    if (this.ids.length === 0) return;
    const fontSize = 11 / Math.min(k, 1);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const texts = new Map<string, SVGTextElement>();
    this.viewport.selectAll<SVGGElement, LayoutNode>('g.node.prominent').each(function (n) {
      const text = this.querySelector('text');
      if (text) texts.set(n.id, text);
    });
    // 1. Write every size first, then read: one style and layout pass, not one per label.
    const size = `${(Math.ceil(fontSize * 100) / 100).toFixed(2)}px`;
    for (const text of texts.values()) text.style.fontSize = size;
    const items = this.ids.flatMap((id) => {
      const n = byId.get(id);
      const text = texts.get(id);
      if (!n || !text) return [];
      return [
        {
          id,
          x: (n.x ?? 0) * k,
          y: (n.y ?? 0) * k,
          radius: nodeRadius(n) * k,
          width: this.textWidth(id, n.data.attributes.name, text, fontSize) * k,
          height: fontSize * k,
        },
      ];
    });
    const offsets = placeLabels(items);
    for (const item of items) {
      const o = offsets.get(item.id);
      if (o) this.boxes.push(labelBox(item, o));
    }
    for (const [id, o] of offsets) {
      const text = texts.get(id);
      text?.setAttribute('x', (o.dx / k).toFixed(1));
      text?.setAttribute('y', (o.dy / k).toFixed(1));
    }
  }

  /**
   * A label's length at `fontSize`: measured once per entity and name (text length scales with
   * the font size), so zooming and redrawing never force a layout per label.
   */
  private textWidth(id: string, name: string, text: SVGTextElement, fontSize: number): number {
    let perPx = this.widths.get(id);
    if (perPx?.name !== name) {
      perPx = { name, ratio: text.getComputedTextLength() / fontSize };
      if (perPx.ratio > 0) this.widths.set(id, perPx);
    }
    return perPx.ratio * fontSize;
  }
}
