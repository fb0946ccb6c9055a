import { describe, expect, it } from 'vitest';
import { KIND_STYLES, symbolSize } from '../../../../client/src/graph/style';
import { ENTITY_KINDS } from '../../../../server/domain/vocabulary';

describe('styling rules', () => {
  it('gives every kind its own colour, so a legend can tell them apart', () => {
    const colours = ENTITY_KINDS.map((k) => KIND_STYLES[k].color);
    expect(new Set(colours).size).toBe(ENTITY_KINDS.length);
  });

  it('tells kinds that share a shape apart by colour and those that share a colour by shape', () => {
    const pairs = ENTITY_KINDS.map((k) => `${KIND_STYLES[k].color}/${KIND_STYLES[k].symbol}`);
    expect(new Set(pairs).size).toBe(ENTITY_KINDS.length);
  });

  it('draws better-connected entities larger, up to a bound', () => {
    expect(symbolSize(5)).toBeGreaterThan(symbolSize(1));
    expect(symbolSize(100)).toBe(symbolSize(12));
  });
});
