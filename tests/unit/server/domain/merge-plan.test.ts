// Merge plans: what moves from B to A, what is hidden, and the revisions a merge and undo write.
import { describe, expect, it } from 'vitest';
import type { Entity, Fact } from '../../../../server/domain/model';
import {
  MergeRefusal,
  mergedAliases,
  planMerge,
  redirectOf,
  undoRevisions,
} from '../../../../server/domain/merge-plan';

const entity = (id: string, name: string, aliases: string[] = [], summary?: string): Entity => ({
  id,
  kind: 'Company',
  name,
  aliases,
  ...(summary === undefined ? {} : { summary }),
});
const fact = (id: string, subject: string, object: string): Fact => ({
  id,
  type: 'OWNS',
  subject,
  object,
  time: {},
  attributes: {},
  sources: [{ source: 's1' }],
});

describe('mergedAliases', () => {
  it("adds B's name and aliases, leaving out A's name and repeats by normalised form", () => {
    const a = entity('a', 'Hermès', ['Hermes Intl']);
    const b = entity('b', 'HERMES', ['Hermès International', 'hermes intl']);
    expect(mergedAliases(a, b)).toEqual(['Hermes Intl', 'Hermès International']);
  });
});

describe('planMerge', () => {
  const a = entity('a', 'A');
  const b = entity('b', 'B', ['Bee'], 'About B');
  const facts = [fact('f1', 'b', 'c'), fact('f2', 'd', 'b'), fact('f3', 'a', 'b')];

  it('moves facts to A, hides those between A and B, writes one revision per record', () => {
    const plan = planMerge(a, b, facts);
    expect(plan.moved).toEqual(['f1', 'f2']);
    expect(plan.hidden).toEqual(['f3']);
    expect(plan.aliases).toEqual(['B', 'Bee']);
    expect(plan.summary).toBe('About B');
    expect(plan.revisions.map((r) => [r.target, r.targetId])).toEqual([
      ['entity', 'a'],
      ['entity', 'b'],
      ['fact', 'f1'],
      ['fact', 'f2'],
      ['fact', 'f3'],
    ]);
    expect(plan.revisions[1]).toEqual({ target: 'entity', targetId: 'b', before: b, after: null });
    expect(plan.revisions[2]?.after).toMatchObject({ subject: 'a', object: 'c' });
    expect(plan.revisions[3]?.after).toMatchObject({ subject: 'd', object: 'a' });
    expect(plan.revisions[4]?.after).toBeNull();
  });

  it('keeps A summary when it has one and refuses merging an entity into itself', () => {
    expect(planMerge(entity('a', 'A', [], 'Own'), b, []).summary).toBe('Own');
    expect(() => planMerge(a, a, [])).toThrow(MergeRefusal);
  });

  it('undo revisions turn every merge revision round', () => {
    const plan = planMerge(a, b, facts);
    const undo = undoRevisions(plan.revisions);
    expect(undo.map((r) => [r.before, r.after])).toEqual(
      plan.revisions.map((r) => [r.after, r.before]),
    );
  });
});

describe('redirectOf', () => {
  it('follows chains and stops on a loop', () => {
    const into = new Map([
      ['b', 'a'],
      ['a', 'c'],
    ]);
    expect(redirectOf('b', into)).toBe('c');
    expect(redirectOf('x', into)).toBe('x');
    expect(
      redirectOf(
        'p',
        new Map([
          ['p', 'q'],
          ['q', 'p'],
        ]),
      ),
    ).toBe('q');
  });
});
