// The app's upload form to an importer request: files by field, options by name, every missing
// or unexpected part named.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/errors';
import { requestOf } from '../../../../server/imports/app-runner';
import type { ImportSpec } from '../../../../server/routes/imports';

function spec(
  format: string,
  uploads: [field: string, path: string][],
  fields: Record<string, string> = {},
): ImportSpec {
  return {
    format,
    fields: { format, ...fields },
    uploads: uploads.map(([field, path]) => ({ field, path, name: path, bytes: 1 })),
    files: uploads.map(([, path]) => path),
    dir: '/tmp/x',
  };
}

function paths(f: () => unknown): string[] {
  try {
    f();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.details.map((d) => d.path);
    throw error;
  }
  return [];
}

describe('requestOf', () => {
  it('maps the files and options of each format', () => {
    expect(
      requestOf(
        spec('triples', [
          ['triples', '/t/1'],
          ['triples', '/t/2'],
          ['relations', '/t/r'],
        ]),
      ),
    ).toEqual({ format: 'triples', triples: ['/t/1', '/t/2'], relations: '/t/r' });
    expect(requestOf(spec('ftm', [['entities', '/e']]))).toEqual({
      format: 'ftm',
      entities: ['/e'],
    });
    expect(
      requestOf(
        spec('edges', [['edges', '/x']], {
          source: 'a',
          target: 'b',
          typeColumn: 'kind',
          skipBad: 'true',
        }),
      ),
    ).toEqual({ format: 'edges', file: '/x', source: 'a', target: 'b', typeColumn: 'kind' });
    expect(
      requestOf(
        spec(
          'csv',
          [
            ['nodes', '/n'],
            ['relationships', '/r'],
          ],
          { delimiter: ';' },
        ),
      ),
    ).toEqual({ format: 'csv', nodes: ['/n'], relationships: ['/r'], delimiter: ';' });
  });

  it('maps what describes the ends; list fields are JSON arrays of columns or one column', () => {
    expect(
      requestOf(
        spec('edges', [['edges', '/x']], {
          source: 'a_id',
          target: 'b_id',
          type: 'acquired',
          sourceName: 'a_name',
          targetKind: 'Company',
          sourceAttributes: '["a_country","a, city"]',
          targetAttributes: 'b_country',
          ignore: '[]',
        }),
      ),
    ).toEqual({
      format: 'edges',
      file: '/x',
      source: 'a_id',
      target: 'b_id',
      type: 'acquired',
      sourceName: 'a_name',
      targetKind: 'Company',
      sourceAttributes: ['a_country', 'a, city'],
      targetAttributes: ['b_country'],
    });
    expect(
      paths(() =>
        requestOf(
          spec('edges', [['edges', '/x']], {
            source: 'a',
            target: 'b',
            type: 't',
            sourceAttributes: '[1, 2]',
            ignore: '[broken',
          }),
        ),
      ),
    ).toEqual(['sourceAttributes', 'ignore']);
  });

  it('names every missing or unexpected file and option', () => {
    expect(paths(() => requestOf(spec('csv', [['relationships', '/r']])))).toEqual(['files.nodes']);
    expect(paths(() => requestOf(spec('edges', [['edges', '/x']], { source: 'a' })))).toEqual([
      'target',
      'type',
    ]);
    expect(
      paths(() =>
        requestOf(
          spec(
            'edges',
            [
              ['edges', '/x'],
              ['edges', '/y'],
              ['nodes', '/n'],
            ],
            {
              source: 'a',
              target: 'b',
              type: 'OWNS',
              delimiter: ',,',
              colour: 'red',
            },
          ),
        ),
      ),
    ).toEqual(['files.nodes', 'files.edges', 'colour', 'delimiter']);
    expect(paths(() => requestOf(spec('xml', [])))).toEqual(['format']);
  });
});
