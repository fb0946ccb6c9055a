import { describe, expect, it } from 'vitest';
import {
  aliasSearchText,
  balanceBidi,
  cleanDeep,
  cleanText,
  isolateBidi,
  searchableText,
  xmlSafe,
} from '../../../../server/domain/text-policy';

describe('text policy', () => {
  it('stores NFC text without C0/C1 controls other than tab and line feed', () => {
    expect(cleanText('Cafe\u0301')).toBe('Caf\u00e9');
    expect(cleanText('Gucci\u000B Ltd')).toBe('Gucci Ltd');
    expect(cleanText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f\u009Fg')).toBe('abcdefg');
    expect(cleanText('line one\r\nline two\rthree\tfour')).toBe('line one\nline two\nthree\tfour');
  });

  it('drops zero-width space, word joiner and BOM but keeps joiners and bidi controls', () => {
    expect(cleanText('\uFEFFGu\u200Bcc\u2060i')).toBe('Gucci');
    expect(cleanText('\u0645\u06CC\u200C\u0634\u0648\u0645')).toBe(
      '\u0645\u06CC\u200C\u0634\u0648\u0645',
    );
    expect(cleanText('\u202EAcme\u202C')).toBe('\u202EAcme\u202C');
  });

  it('drops lone surrogates and U+FFFE/U+FFFF but keeps astral characters', () => {
    expect(cleanText('a\uD800b\uDC00c\uFFFEd\uFFFF')).toBe('abcd');
    expect(cleanText('emoji \u{1F600}')).toBe('emoji \u{1F600}');
  });

  it('is idempotent and cleans every string of a parsed file, keys too', () => {
    const once = cleanText('X\u000B\u200BY\u0301');
    expect(cleanText(once)).toBe(once);
    expect(cleanDeep({ 'n\u000Bame': ['a\u000B', 1, null, { b: 'c\u200B' }] })).toEqual({
      name: ['a', 1, null, { b: 'c' }],
    });
  });

  it('returns a value with nothing to clean as it is, and copies one with something to clean', () => {
    const clean = { type: { name: 'OWNS' }, implied: [{ id: 'Q1', aliases: [] }], n: 3 };
    expect(cleanDeep(clean)).toBe(clean);
    const nfcOnly = { name: 'Caf\u00e9 \u0645\u06CC', list: ['\u{1F600}'] };
    expect(cleanDeep(nfcOnly)).toBe(nfcOnly);
    const dirty = { keep: { a: 'b' }, list: ['x', 'Cafe\u0301'] };
    const copy = cleanDeep(dirty);
    expect(copy).not.toBe(dirty);
    expect(copy).toEqual({ keep: { a: 'b' }, list: ['x', 'Caf\u00e9'] });
    expect(dirty.list[1]).toBe('Cafe\u0301');
    // A value that is not a plain object is copied into one, as before.
    expect(cleanDeep({ at: new Map([['k', 'v']]) })).toEqual({ at: {} });
  });

  it('makes the visible letters searchable', () => {
    expect(searchableText('Gu\u200Dcci \u202ELtd\u202C')).toBe('Gucci Ltd');
    expect(searchableText('\uFB01rm')).toBe('firm');
    expect(aliasSearchText('Gu\u200Dcci', ['GG'])).toBe('GG | Gucci');
    expect(aliasSearchText('Gucci', ['GG', 'Guccio'])).toBe('GG | Guccio');
  });

  it('drops from XML what XML 1.0 forbids, and nothing else', () => {
    expect(xmlSafe('a\u000Bb\u0000c\uFFFEd\uD800e')).toBe('abcde');
    expect(xmlSafe('tab\tnl\ncr\r \u202E \u200B \u0085 é')).toBe(
      'tab\tnl\ncr\r \u202E \u200B \u0085 é',
    );
  });

  it('isolates text that could reorder its neighbours, and only that', () => {
    expect(isolateBidi('Kering')).toBe('Kering');
    expect(isolateBidi('\u202EAcme')).toBe('\u2068\u202EAcme\u2069');
    expect(isolateBidi('\u05D0\u05D1')).toBe('\u2068\u05D0\u05D1\u2069');
  });
});

describe('balanced bidi controls', () => {
  it('closes what a name opens and drops closers with nothing to close', () => {
    expect(balanceBidi('\u202EEvil')).toBe('\u202EEvil\u202C');
    expect(balanceBidi('\u2067a\u202Bb')).toBe('\u2067a\u202Bb\u202C\u2069');
    expect(balanceBidi('\u2069x\u202C')).toBe('x');
    expect(balanceBidi('\u2068a\u202Eb\u2069c')).toBe('\u2068a\u202Eb\u2069c');
    expect(cleanText('\u202EEvil Corp')).toBe('\u202EEvil Corp\u202C');
    expect(cleanText(cleanText('\u202EEvil Corp'))).toBe('\u202EEvil Corp\u202C');
  });
});
