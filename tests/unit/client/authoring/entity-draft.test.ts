// The entity form's sends: a new entity, or only what changed from the revision opened.
import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  draftOfEntity,
  entityInputOf,
  entityMissing,
  entityPatchOf,
} from '../../../../client/src/authoring/entity-draft';
import type { Entity } from '../../../../server/domain/model';

const gucci: Entity = {
  id: 'gucci',
  kind: 'Brand',
  name: 'Gucci',
  aliases: ['GUCCI'],
  revision: 7,
};

describe('entity drafts', () => {
  it('reads aliases one per line, trimmed, without repeats or blanks', () => {
    expect(aliasesOf(' Gucci SpA \n\nGucci SpA\nHouse of Gucci')).toEqual([
      'Gucci SpA',
      'House of Gucci',
    ]);
  });

  it('names the missing name before sending', () => {
    expect(entityMissing({ ...draftOfEntity(), name: '  ' })).toEqual([
      { path: 'name', message: 'Give the entity a name' },
    ]);
  });

  it('builds a new entity', () => {
    const draft = {
      ...draftOfEntity(),
      kind: 'Company',
      name: ' Acme ',
      aliases: 'ACME',
      comment: 'new',
    };
    expect(entityInputOf(draft)).toEqual({
      kind: 'Company',
      name: 'Acme',
      aliases: ['ACME'],
      comment: 'new',
    });
  });

  it('patches only what changed, from the revision opened; nothing changed is null', () => {
    const draft = draftOfEntity(gucci);
    expect(entityPatchOf(gucci, draft)).toBeNull();
    expect(
      entityPatchOf(gucci, { ...draft, name: 'Gucci (Kering)', comment: 'full name' }),
    ).toEqual({
      revision: 7,
      name: 'Gucci (Kering)',
      comment: 'full name',
    });
    const loaded = { ...gucci, revision: undefined, summary: 'Italian house' };
    expect(entityPatchOf(loaded, { ...draftOfEntity(loaded), summary: '' })).toEqual({
      revision: 0,
      summary: null,
    });
  });
});
