import { describe, expect, it } from 'vitest';
import { parseRecord } from '../../../server/imports/csv-records';
import { ACQUISITION_COLUMNS, generateAcquisitions } from '../../bench/generate-acquisitions';

/** The file's rows read with the importer's own CSV rules, as records of named fields. */
function rows(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l !== '');
  const parsed = lines.map((line, i) => {
    const record = parseRecord(line, [{ number: i + 1, text: line }], ',');
    if (record === 'open' || 'message' in record) throw new Error(`line ${i + 1} is not CSV`);
    return record.fields.map((f) => f.value);
  });
  const [header, ...body] = parsed;
  expect(header).toEqual([...ACQUISITION_COLUMNS]);
  return body.map((cells) => {
    expect(cells).toHaveLength(ACQUISITION_COLUMNS.length);
    return Object.fromEntries(ACQUISITION_COLUMNS.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('generateAcquisitions', () => {
  const text = generateAcquisitions({ rows: 20000, hubs: 300, seed: 1 });
  const body = rows(text);

  it('is deterministic for a seed and differs for another', () => {
    expect(generateAcquisitions({ rows: 500, seed: 7 })).toBe(
      generateAcquisitions({ rows: 500, seed: 7 }),
    );
    expect(generateAcquisitions({ rows: 500, seed: 8 })).not.toBe(
      generateAcquisitions({ rows: 500, seed: 7 }),
    );
  });

  it('has the rows asked for, about 26,000 companies, star-shaped around the hubs', () => {
    expect(body).toHaveLength(20000);
    const companies = new Set(body.flatMap((r) => [r.acquirer_permalink, r.company_permalink]));
    expect(companies.size).toBeGreaterThan(24000);
    expect(companies.size).toBeLessThan(28000);
    const degree = new Map<string, number>();
    for (const r of body) {
      const a = r.acquirer_permalink ?? '';
      degree.set(a, (degree.get(a) ?? 0) + 1);
    }
    const degrees = [...degree.values()].sort((a, b) => b - a);
    // Heavy-tailed: the top acquirer buys hundreds, the 300 biggest half of everything.
    expect(degrees[0]).toBeGreaterThan(500);
    const top300 = degrees.slice(0, 300).reduce((s, d) => s + d, 0);
    expect(top300).toBeGreaterThan(9000);
    expect(degrees.filter((d) => d === 1).length).toBeGreaterThan(2000);
  });

  it('keeps the awkward rows of real data: self-acquisitions, duplicates, missing prices', () => {
    const self = body.filter((r) => r.acquirer_permalink === r.company_permalink);
    expect(self.length).toBeGreaterThanOrEqual(24);
    expect(self.length).toBeLessThanOrEqual(60);
    const lines = text.trim().split('\n').slice(1);
    const duplicates = lines.length - new Set(lines).size;
    expect(duplicates).toBeGreaterThanOrEqual(100);
    const noPrice = body.filter((r) => r.price_amount === '').length;
    expect(noPrice / body.length).toBeGreaterThan(0.4);
    expect(noPrice).toBeLessThan(body.length);
    expect(body.every((r) => r.price_amount === '' || /^\d+$/.test(r.price_amount ?? ''))).toBe(
      true,
    );
    expect(
      body.every((r) => r.acquired_at === '' || /^\d{4}-\d\d-\d\d$/.test(r.acquired_at ?? '')),
    ).toBe(true);
  });

  it('has names with accents, quotes, commas and right-to-left script, one name per id', () => {
    const names = body.flatMap((r) => [r.acquirer_name ?? '', r.company_name ?? '']);
    expect(names.some((n) => /[éÆñÑ]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes('"'))).toBe(true);
    expect(names.some((n) => n.includes(','))).toBe(true);
    expect(names.some((n) => /[\u0590-\u05ff\u0600-\u06ff]/.test(n))).toBe(true);
    // An acquired company is always written with the same name; hubs sometimes with a longer one.
    const acquiredNames = new Map<string, Set<string>>();
    for (const r of body) {
      const set = acquiredNames.get(r.company_permalink ?? '') ?? new Set<string>();
      set.add(r.company_name ?? '');
      acquiredNames.set(r.company_permalink ?? '', set);
    }
    expect([...acquiredNames.values()].every((s) => s.size === 1)).toBe(true);
    const acquirerNames = new Set(
      body.filter((r) => r.acquirer_name?.endsWith(' Holdings')).map((r) => r.acquirer_permalink),
    );
    expect(acquirerNames.size).toBeGreaterThan(0);
  });

  it('refuses sizes that are not whole numbers above 0', () => {
    expect(() => generateAcquisitions({ rows: 0 })).toThrow('invalid rows: 0');
    expect(() => generateAcquisitions({ hubs: 1.5 })).toThrow('invalid hubs: 1.5');
  });
});
