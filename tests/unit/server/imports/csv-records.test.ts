import { describe, expect, it } from 'vitest';
import {
  csvRecords,
  type CsvRecord,
  type CsvSyntaxError,
} from '../../../../server/imports/csv-records';
import type { Line } from '../../../../server/imports/line-reader';

async function records(text: string, delimiter = ','): Promise<(CsvRecord | CsvSyntaxError)[]> {
  const all: Line[] = text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
  async function* lines(): AsyncGenerator<Line> {
    await Promise.resolve();
    yield* all;
  }
  const out: (CsvRecord | CsvSyntaxError)[] = [];
  for await (const r of csvRecords(lines(), delimiter)) out.push(r);
  return out;
}

const values = (r: CsvRecord | CsvSyntaxError | undefined): string[] =>
  r && 'fields' in r ? r.fields.map((f) => f.value) : [];

describe('csvRecords', () => {
  it('splits fields and keeps the column where each starts', async () => {
    const [r] = await records('a,bb,,ccc');
    expect(values(r)).toEqual(['a', 'bb', '', 'ccc']);
    expect(r && 'fields' in r ? r.fields.map((f) => f.column) : []).toEqual([1, 3, 6, 7]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', async () => {
    const out = await records('"x, y","say ""hi""","two\nlines",z\nnext,row');
    expect(values(out[0])).toEqual(['x, y', 'say "hi"', 'two\nlines', 'z']);
    expect(out[0]?.line).toBe(1);
    expect(values(out[1])).toEqual(['next', 'row']);
    expect(out[1]?.line).toBe(3);
  });

  it('gives a field after a line break inside quotes its own line and column', async () => {
    const [r] = await records('"a\nb",c');
    expect(r && 'fields' in r ? r.fields[1] : undefined).toMatchObject({ line: 2, column: 4 });
  });

  it('keeps a trailing empty field and skips blank lines', async () => {
    const out = await records('a,b,\n\nc;d', ',');
    expect(values(out[0])).toEqual(['a', 'b', '']);
    expect(values(out[1])).toEqual(['c;d']);
  });

  it('reports text after a closing quote where it is, and reading goes on', async () => {
    const out = await records('ok,1\n"bad"x,2\nfine,3');
    expect(out[1]).toEqual({
      line: 2,
      column: 6,
      message: 'unexpected text after a closing quote',
    });
    expect(values(out[2])).toEqual(['fine', '3']);
  });

  it('reports a quote never closed', async () => {
    const out = await records('a,"open\nb');
    expect(out).toEqual([{ line: 1, column: 1, message: 'a quoted field is never closed' }]);
  });

  it('reads other delimiters', async () => {
    expect(values((await records('a\tb\tc', '\t'))[0])).toEqual(['a', 'b', 'c']);
  });
});
