// Symbol paths for entity kinds, shared by the graph and its legend.
import * as d3 from 'd3';
import type { EntityKind } from '../../../server/domain/vocabulary';
import { KIND_STYLES, type SymbolName } from './style';

const SYMBOLS: Readonly<Record<SymbolName, d3.SymbolType>> = {
  circle: d3.symbolCircle,
  square: d3.symbolSquare,
  diamond: d3.symbolDiamond,
  triangle: d3.symbolTriangle,
  star: d3.symbolStar,
  cross: d3.symbolCross,
  wye: d3.symbolWye,
};

/** SVG path data for a kind's symbol of `area` square pixels, centred on (0, 0). */
export function symbolPath(kind: EntityKind, area: number): string {
  return d3.symbol(SYMBOLS[KIND_STYLES[kind].symbol], area)() ?? '';
}
