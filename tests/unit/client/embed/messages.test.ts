// The embed's host messages: commands read strictly, origins checked.
import { describe, expect, it } from 'vitest';
import {
  eventMessage,
  originAllowed,
  postTargets,
  readCommand,
} from '../../../../client/src/embed/messages';

describe('readCommand', () => {
  it('reads focus and setDate', () => {
    expect(readCommand({ target: 'brand-graph-embed', type: 'focus', entity: 'gucci' })).toEqual({
      type: 'focus',
      entity: 'gucci',
    });
    expect(
      readCommand({ target: 'brand-graph-embed', type: 'setDate', date: '2016-05-01' }),
    ).toEqual({ type: 'setDate', date: '2016-05-01' });
    expect(readCommand({ target: 'brand-graph-embed', type: 'setDate', date: null })).toEqual({
      type: 'setDate',
      date: null,
    });
  });

  it('ignores messages for others and explains malformed commands', () => {
    expect(readCommand('hello')).toBeUndefined();
    expect(readCommand({ type: 'focus', entity: 'gucci' })).toBeUndefined();
    expect(readCommand({ target: 'brand-graph-embed', type: 'focus', entity: '<b>' })).toMatch(
      /entity id/,
    );
    expect(
      readCommand({ target: 'brand-graph-embed', type: 'setDate', date: '2016-02-30' }),
    ).toMatch(/YYYY-MM-DD/);
    expect(readCommand({ target: 'brand-graph-embed', type: 'delete' })).toMatch(/unknown command/);
  });
});

describe('origins', () => {
  it('checks the allowlist', () => {
    expect(originAllowed('https://a.example', ['*'])).toBe(true);
    expect(originAllowed('https://a.example', ['https://a.example'])).toBe(true);
    expect(originAllowed('https://b.example', ['https://a.example'])).toBe(false);
    expect(postTargets(['*'])).toEqual(['*']);
    expect(postTargets(['https://a.example'])).toEqual(['https://a.example']);
  });

  it('labels events', () => {
    expect(eventMessage({ type: 'error', message: 'x' })).toEqual({
      source: 'brand-graph-embed',
      version: 1,
      type: 'error',
      message: 'x',
    });
  });
});
