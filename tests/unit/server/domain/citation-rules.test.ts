import { describe, expect, it } from 'vitest';
import { missingCitationFields } from '../../../../server/domain/citation-rules';

describe('citation rules', () => {
  it('needs at least one source', () => {
    expect(missingCitationFields('OWNS', undefined).map((m) => m.path)).toEqual(['sources']);
    expect(missingCitationFields('OWNS', []).map((m) => m.path)).toEqual(['sources']);
    expect(missingCitationFields('OWNS', [{ source: 'ap-1' }])).toEqual([]);
  });

  it('needs the source id in each citation', () => {
    expect(missingCitationFields('OWNS', [{ source: 'ap-1' }, { source: ' ' }])).toEqual([
      { path: 'sources[1].source', message: 'Pick or add the source' },
    ]);
  });

  it('needs the quoted span (or a quote) for a statement', () => {
    expect(missingCitationFields('CALLED', [{ source: 'ap-1' }]).map((m) => m.path)).toEqual([
      'sources[0].span',
    ]);
    expect(
      missingCitationFields('CALLED', [{ source: 'ap-1', span: { text: '  ' } }]),
    ).toHaveLength(1);
    expect(missingCitationFields('CALLED', [{ source: 'ap-1', span: { text: 'a sham' } }])).toEqual(
      [],
    );
    expect(
      missingCitationFields('CALLED', [
        { source: 'ap-1', quote: { text: 'a sham', speaker: 'x' } },
      ]),
    ).toEqual([]);
  });
});
