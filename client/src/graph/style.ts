// Styling rules: how an entity kind looks (colour and symbol); pure, shared by view and legend.
import type { EntityKind } from '../../../server/domain/vocabulary';

export type SymbolName = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'cross' | 'wye';

export interface KindStyle {
  readonly color: string;
  readonly symbol: SymbolName;
}

/** Colours from a colour-blind-safe palette (Okabe and Ito), each kind with its own shape too. */
export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  Organization: { color: '#0072B2', symbol: 'square' },
  Company: { color: '#D55E00', symbol: 'circle' },
  Brand: { color: '#CC79A7', symbol: 'diamond' },
  Marketplace: { color: '#E69F00', symbol: 'triangle' },
  Person: { color: '#009E73', symbol: 'circle' },
  Place: { color: '#56B4E9', symbol: 'wye' },
  Publication: { color: '#7f7f7f', symbol: 'square' },
  Topic: { color: '#B8A200', symbol: 'star' },
  Other: { color: '#404040', symbol: 'cross' },
};

/** Symbol area in square pixels for a node with `degree` facts. */
export function symbolSize(degree: number): number {
  return 260 + Math.min(degree, 12) * 45;
}

/**
 * The dash of an uncertain fact's line, in screen pixels (dash, gap): a state whose standing
 * on the "as of" day is uncertain (`uncertainOn` in server/domain/snapshot.ts) is never drawn
 * as surely in force. Both renderers read it: SVG as `stroke-dasharray`, Canvas as its line dash.
 */
export const UNCERTAIN_DASH: readonly number[] = [5, 4];

/** The dash an edge is drawn with: `UNCERTAIN_DASH` when its fact is in `uncertain`, else none. */
export function edgeDash(key: string, uncertain: ReadonlySet<string>): readonly number[] {
  return uncertain.has(key) ? UNCERTAIN_DASH : [];
}
