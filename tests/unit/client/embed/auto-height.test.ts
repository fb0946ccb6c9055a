import { describe, expect, it } from 'vitest';
import { wantedHeight } from '../../../../client/src/embed/auto-height';

describe('wantedHeight', () => {
  it('asks a phone for a near-square graph plus the parts around it', () => {
    expect(wantedHeight({ width: 375, around: 200, details: 0 })).toBe(Math.ceil(375 * 0.9 + 200));
  });
  it('never gives the graph less than 300 px, however narrow', () => {
    expect(wantedHeight({ width: 200, around: 100, details: 0 })).toBe(400);
  });
  it('on wide layouts grows to show long details beside the graph, up to 720 px', () => {
    const short = wantedHeight({ width: 900, around: 100, details: 100 });
    expect(short).toBe(Math.ceil(900 * 0.55 + 100));
    expect(wantedHeight({ width: 900, around: 100, details: 650 })).toBe(750);
    expect(wantedHeight({ width: 900, around: 100, details: 5000 })).toBe(820);
  });
});
