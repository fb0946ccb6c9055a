import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/errors';
import { requestFromForm } from '../../../../server/imports/form-request';

describe('requestFromForm (the app form to an import request)', () => {
  it('maps the form fields of each format', () => {
    expect(
      requestFromForm('triples', [
        { field: 'triples', path: '/t/1' },
        { field: 'triples', path: '/t/2' },
        { field: 'relations', path: '/t/r' },
      ]),
    ).toEqual({ format: 'triples', triples: ['/t/1', '/t/2'], relations: '/t/r' });
    expect(requestFromForm('ftm', [{ field: 'entities', path: '/e' }])).toEqual({
      format: 'ftm',
      entities: ['/e'],
    });
    expect(
      requestFromForm('edges', [{ field: 'edges', path: '/x' }], {
        source: 'a',
        target: 'b',
        typeColumn: 'kind',
        skipBad: true,
      }),
    ).toEqual({ format: 'edges', file: '/x', source: 'a', target: 'b', typeColumn: 'kind' });
  });

  it('names the field that is missing or wrong', () => {
    const field = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (error) {
        if (error instanceof InvalidInputError) return error.details[0]?.path;
      }
      return undefined;
    };
    expect(field(() => requestFromForm('csv', [{ field: 'relationships', path: '/r' }]))).toBe(
      'nodes',
    );
    expect(
      field(() => requestFromForm('edges', [{ field: 'edges', path: '/x' }], { source: 'a' })),
    ).toBe('options.target');
    expect(
      field(() =>
        requestFromForm('edges', [{ field: 'edges', path: '/x' }], { source: 'a', target: 'b' }),
      ),
    ).toBe('options.type');
    expect(field(() => requestFromForm('xml', []))).toBe('format');
  });
});
