import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../../../server/domain/revision-changes';

describe('field changes', () => {
  it('lists the fields that differ, with both values', () => {
    expect(
      fieldChanges(
        { id: 'a', name: 'Old', aliases: ['x'], revision: 3 },
        { id: 'a', name: 'New', aliases: ['x'], summary: 'S', revision: 4 },
      ),
    ).toEqual([
      { field: 'name', before: 'Old', after: 'New' },
      { field: 'summary', before: null, after: 'S' },
    ]);
  });

  it('lists every field of a creation and of a retraction', () => {
    expect(fieldChanges(null, { id: 'f', type: 'OWNS' })).toEqual([
      { field: 'id', before: null, after: 'f' },
      { field: 'type', before: null, after: 'OWNS' },
    ]);
    expect(fieldChanges({ id: 'f' }, null)).toEqual([{ field: 'id', before: 'f', after: null }]);
  });
});
