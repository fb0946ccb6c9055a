import { describe, expect, it } from 'vitest';
import {
  CameraMailbox,
  chooseBaseDrawing,
  offscreenSupport,
  pointsOf,
  positionsOf,
  type ToBase,
} from '../../../../client/src/graph/base-protocol';

describe('CameraMailbox', () => {
  it('hands out only the newest camera put since the last take', () => {
    const box = new CameraMailbox();
    expect(box.take()).toBeUndefined();
    expect(box.put(1, { x: 1, y: 0, k: 1 })).toBe(true);
    expect(box.put(2, { x: 2, y: 0, k: 1 })).toBe(true);
    expect(box.put(3, { x: 3, y: 0, k: 2 })).toBe(true);
    expect(box.take()).toEqual({ x: 3, y: 0, k: 2 });
    expect(box.take()).toBeUndefined();
  });

  it('drops a camera older than one already held or drawn', () => {
    const box = new CameraMailbox();
    box.put(5, { x: 5, y: 0, k: 1 });
    expect(box.put(4, { x: 4, y: 0, k: 1 })).toBe(false);
    expect(box.take()).toEqual({ x: 5, y: 0, k: 1 });
    expect(box.put(5, { x: 9, y: 9, k: 9 })).toBe(false);
    expect(box.put(3, { x: 3, y: 0, k: 1 })).toBe(false);
    expect(box.take()).toBeUndefined();
    expect(box.put(6, { x: 6, y: 0, k: 1 })).toBe(true);
    expect(box.take()).toEqual({ x: 6, y: 0, k: 1 });
  });
});

describe('chooseBaseDrawing', () => {
  const all = { worker: true, offscreenCanvas: true, transfer: true };

  it('draws in a worker only when workers, OffscreenCanvas and transfer all exist', () => {
    expect(chooseBaseDrawing(all)).toBe('worker');
    expect(chooseBaseDrawing({ ...all, worker: false })).toBe('main');
    expect(chooseBaseDrawing({ ...all, offscreenCanvas: false })).toBe('main');
    expect(chooseBaseDrawing({ ...all, transfer: false })).toBe('main');
  });

  it('falls back to the main thread where the page has no OffscreenCanvas (Node, jsdom)', () => {
    expect(typeof OffscreenCanvas).toBe('undefined');
    expect(offscreenSupport().offscreenCanvas).toBe(false);
    expect(chooseBaseDrawing(offscreenSupport())).toBe('main');
  });
});

describe('positions', () => {
  it('go to points and back as (x, y) pairs by index', () => {
    const positions = Float32Array.from([1, 2, -3.5, 4]);
    const points = pointsOf(positions);
    expect(points).toEqual([
      { index: 0, x: 1, y: 2 },
      { index: 1, x: -3.5, y: 4 },
    ]);
    expect([...positionsOf(points)]).toEqual([1, 2, -3.5, 4]);
  });
});

describe('messages', () => {
  it('survive a structured clone as they are (what postMessage sends)', () => {
    const messages: ToBase[] = [
      { type: 'size', width: 1280, height: 800, ratio: 2 },
      {
        type: 'scene',
        scene: {
          keys: ['f-1'],
          sources: Int32Array.from([0]),
          targets: Int32Array.from([1]),
          loops: Int32Array.from([-1]),
          batches: [{ colour: '#123456', indices: Int32Array.from([0, 1]) }],
        },
        positions: Float32Array.from([0, 0, 10, 10]),
      },
      {
        type: 'look',
        look: {
          palette: { mark: 'red', edge: 'grey', fg: 'black', muted: 'grey', bg: 'white' },
          uncertain: new Set(['f-1']),
          layingOut: false,
          dimming: true,
        },
      },
      { type: 'camera', seq: 7, camera: { x: 1, y: 2, k: 0.5 } },
      { type: 'point', index: 1, x: 3, y: 4 },
      { type: 'frames', record: true },
    ];
    for (const message of messages) expect(structuredClone(message)).toEqual(message);
  });
});
