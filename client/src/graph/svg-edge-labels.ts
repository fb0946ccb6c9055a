// The SVG view's fact labels: one per pair of entities ("7 facts" for parallel facts), kept at
// 10 px on screen or more, and left out where they would cover an entity or another label
// (edge-labels.ts decides; this reads positions and sizes from the drawing and sets classes).
import * as d3 from 'd3';
import type { FactTypeLookup } from '../../../server/domain/fact-type-registry';
import { crowdedLabels, pairLabels, pairText, type LabelCandidate } from './edge-labels';
import type { Box } from './label-placement';
import type { LayoutLink } from './layout';

/** The least size of a fact label on screen, in px. */
export const EDGE_LABEL_PX = 10;

/** Groups, sizes and thins out the fact labels of an SVG drawing. */
export class EdgeLabels {
  private leads = new Map<string, number>();
  /** Label length per px of font size, by label text. */
  private readonly ratios = new Map<string, number>();

  constructor(
    private readonly viewport: d3.Selection<SVGGElement, unknown, null, undefined>,
    private readonly factTypes: FactTypeLookup,
  ) {}

  /** Writes each fact's label: a pair's lead says how many facts it stands for. */
  assign(links: readonly LayoutLink[], selectedFact: string | undefined): void {
    const pairs = pairLabels(links);
    const leads = new Map<string, number>();
    this.leads = leads;
    const lookup = this.factTypes;
    this.viewport.selectAll<SVGGElement, LayoutLink>('g.edge').each(function (l) {
      const pair = pairs.get(l.id) ?? { lead: true, count: 1 };
      const own = l.id === selectedFact;
      if (pair.lead || own) leads.set(l.id, own ? 1 : pair.count);
      const g = d3.select(this).classed('grouped', !pair.lead && !own);
      const label = lookup.lookup(l.data.attributes.type).label;
      g.select('text').text(pair.lead && !own ? pairText(pair.count, label) : label);
      g.attr('data-pair', pair.count > 1 ? String(pair.count) : null);
    });
  }

  /**
   * Sizes the shown labels for zoom `k` and hides those that would cover `fixed` boxes (entity
   * labels and symbols, screen px relative to the layout origin) or a more important label:
   * the selected fact's first, then pairs with more facts.
   */
  place(k: number, fixed: readonly Box[], selectedFact: string | undefined): void {
    const fontSize = EDGE_LABEL_PX / Math.min(k, 1);
    const size = `${(Math.ceil(fontSize * 100) / 100).toFixed(2)}px`;
    const candidates: (LabelCandidate & { rank: number })[] = [];
    const shown = this.viewport.selectAll<SVGGElement, LayoutLink>('g.edge.labelled:not(.grouped)');
    shown.each((l, i, groups) => {
      const text = groups[i]?.querySelector('text');
      if (!text) return;
      text.style.fontSize = size;
      const x = Number(text.getAttribute('x')) * k;
      const y = Number(text.getAttribute('y')) * k;
      const px = fontSize * k;
      const w = this.ratio(text) * px;
      const box = { x0: x - w / 2 - 2, x1: x + w / 2 + 2, y0: y - 1.15 * px, y1: y + 0.1 * px };
      const rank = l.id === selectedFact ? Infinity : (this.leads.get(l.id) ?? 1);
      candidates.push({ id: l.id, box, rank });
    });
    candidates.sort((a, b) => b.rank - a.rank);
    const crowded = crowdedLabels(candidates, fixed);
    shown.classed('crowded', (l) => crowded.has(l.id));
  }

  private ratio(text: SVGTextElement): number {
    const words = text.textContent;
    let r = this.ratios.get(words);
    if (r === undefined) {
      const px = parseFloat(text.style.fontSize) || EDGE_LABEL_PX;
      r = text.getComputedTextLength() / px;
      if (r > 0) this.ratios.set(words, r);
    }
    return r;
  }
}
