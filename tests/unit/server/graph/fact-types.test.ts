// The one schema statement built in code: only from a name that passed the pattern.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/errors';
import { factIdConstraint } from '../../../../server/graph/fact-types';

describe('factIdConstraint', () => {
  it("makes the uniqueness constraint on a registered type's fact ids", () => {
    expect(factIdConstraint('PARENT_ORGANIZATION')).toBe(
      'CREATE CONSTRAINT fact_id_parent_organization IF NOT EXISTS FOR ()-[r:PARENT_ORGANIZATION]-() REQUIRE r.id IS UNIQUE',
    );
  });

  it('refuses a name that is not a fact type name', () => {
    for (const bad of ['X]-() DETACH DELETE r //', 'owns', '']) {
      expect(() => factIdConstraint(bad)).toThrow(InvalidInputError);
    }
  });
});
