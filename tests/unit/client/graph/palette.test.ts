import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE_PROPERTIES, readPalette } from '../../../../client/src/graph/palette';

describe('palette', () => {
  it('reads each colour from its custom property, trimmed', () => {
    const values: Record<string, string> = {
      '--mark': ' #d55e00',
      '--edge': '#9a9aa2 ',
      '--fg': '#1d1d1f',
      '--muted': '#6b6b70',
      '--bg': '#fbfaf7',
    };
    expect(readPalette({ getPropertyValue: (name) => values[name] ?? '' })).toEqual({
      mark: '#d55e00',
      edge: '#9a9aa2',
      fg: '#1d1d1f',
      muted: '#6b6b70',
      bg: '#fbfaf7',
    });
  });

  it('falls back to grey on a page without the stylesheet', () => {
    expect(readPalette({ getPropertyValue: () => '' }).mark).toBe('grey');
  });

  it('has the stylesheets define every colour it reads, and the mark colour written once', () => {
    const drawing = readFileSync('client/src/graph/drawing.css', 'utf8');
    const pages = ['client/src/styles.css', 'client/src/embed/embed.css'].map((f) =>
      readFileSync(f, 'utf8'),
    );
    for (const name of Object.values(PALETTE_PROPERTIES)) {
      for (const page of pages) expect(`${drawing}\n${page}`).toContain(`${name}:`);
    }
    const mark = /--mark:\s*(#[0-9a-f]{6})/i.exec(drawing)?.[1] ?? '';
    expect(mark).not.toBe('');
    // No stylesheet and no drawing module writes the mark colour itself.
    for (const file of [
      'client/src/styles.css',
      'client/src/embed/embed.css',
      'client/src/graph/canvas-paint.ts',
      'client/src/graph/CanvasView.ts',
      'client/src/graph/GraphView.ts',
      'client/src/explorer/export-view.ts',
    ]) {
      expect(readFileSync(file, 'utf8').toLowerCase()).not.toContain(mark.toLowerCase());
    }
  });
});
