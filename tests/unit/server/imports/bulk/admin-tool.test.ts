// The neo4j-admin run's progress lines and heap, from the tool's own output format.
import { describe, expect, it } from 'vitest';
import { progressLine, toolHeap } from '../../../../../server/imports/bulk/admin-tool';

describe('progressLine', () => {
  it('names each stage and says every 25 % of it', () => {
    const stage = { name: '' };
    expect(progressLine('(1/4) Node import 2026-11-30 19:08:09.330+0000', stage)).toBe(
      '  bulk import 1/4 Node import',
    );
    const dots = '.......... .......... .......... .......... ..........';
    expect(progressLine(`${dots}   5% ∆525ms [525ms]`, stage)).toBeUndefined();
    expect(progressLine(`${dots}  25% ∆0ms [525ms]`, stage)).toBe(
      '  bulk import 1/4 Node import: 25%',
    );
    expect(progressLine(`-${dots.slice(1)} 100% ∆0ms [530ms]`, stage)).toBe(
      '  bulk import 1/4 Node import: 100%',
    );
    expect(progressLine('IMPORT DONE in 3s 120ms. ', stage)).toBe('  IMPORT DONE in 3s 120ms.');
    expect(progressLine('  3729 nodes', stage)).toBe('  3729 nodes');
    expect(progressLine('Estimated required memory usage: 1020MiB', stage)).toBeUndefined();
  });
});

describe('toolHeap', () => {
  it('takes a quarter of the memory, between 512 MiB and 4 GiB', () => {
    expect(toolHeap(24 * 2 ** 30)).toBe('4096m');
    expect(toolHeap(8 * 2 ** 30)).toBe('2048m');
    expect(toolHeap(1 * 2 ** 30)).toBe('512m');
  });
});
