import { describe, expect, it } from 'vitest';
import { wheelAction } from '../../../../client/src/embed/wheel-gate';

describe('wheelAction', () => {
  it('scrolls the host for a plain wheel until the graph is clicked', () => {
    expect(wheelAction(false, { ctrlKey: false, metaKey: false })).toBe('scroll');
    expect(wheelAction(true, { ctrlKey: false, metaKey: false })).toBe('zoom');
  });
  it('zooms with Ctrl (and a trackpad pinch, which sends Ctrl) or ⌘', () => {
    expect(wheelAction(false, { ctrlKey: true, metaKey: false })).toBe('zoom');
    expect(wheelAction(false, { ctrlKey: false, metaKey: true })).toBe('zoom');
  });
});
