import { describe, expect, it } from 'vitest';
import {
  MIN_SPAN_MS,
  panWindow,
  showsAll,
  zoomWindow,
} from '../../../../client/src/timeline/time-window';

const day = 86_400_000;
const full = { start: 0, end: 1000 * day };

describe('zoomWindow', () => {
  it('halves the span about the centre for a factor of 2', () => {
    expect(zoomWindow(full, full, 2)).toEqual({ start: 250 * day, end: 750 * day });
  });
  it('keeps the time under the pointer in place', () => {
    const z = zoomWindow(full, full, 4, 0.1);
    expect(z.start + (z.end - z.start) * 0.1).toBeCloseTo(100 * day);
  });
  it('stops at a week and at the whole span', () => {
    const narrow = zoomWindow(full, full, 1e6);
    expect(narrow.end - narrow.start).toBe(MIN_SPAN_MS);
    expect(zoomWindow(narrow, full, 1e-6)).toEqual(full);
  });
  it('refuses a factor that is not a positive number', () => {
    expect(() => zoomWindow(full, full, 0)).toThrow(/invalid zoom factor/);
  });
});

describe('panWindow', () => {
  it('moves by a fraction of the span and stays inside the whole', () => {
    const half = { start: 0, end: 500 * day };
    expect(panWindow(half, full, 0.5)).toEqual({ start: 250 * day, end: 750 * day });
    expect(panWindow(half, full, 5)).toEqual({ start: 500 * day, end: 1000 * day });
    expect(panWindow(half, full, -1)).toEqual(half);
    expect(showsAll(panWindow(full, full, 0.3), full)).toBe(true);
  });
});
