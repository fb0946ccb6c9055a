// Fact ids as the write rows carry them: within the file's Source by default, the claim's (and
// so the same from every file) for a fact that is one claim across files (BODS).
import { describe, expect, it } from 'vitest';
import { BODS_FACT_TYPES } from '../../../../server/imports/bods-facts';
import type { FactDraft } from '../../../../server/imports/types';
import { factRow } from '../../../../server/imports/write-rows';

const fact = (more: Partial<FactDraft> = {}): FactDraft => ({
  type: BODS_FACT_TYPES.owns,
  subject: 'person-p',
  object: 'company-c',
  time: {},
  attributes: { shareExact: 40 },
  needsEnds: true,
  implied: [],
  endFields: ['interestedParty', 'subject'],
  ...more,
});

describe('fact ids of the write rows', () => {
  it('differ by file for a fact of one file, even when it says the same', () => {
    expect(factRow(fact(), 'dataset-a', 'a.json').id).not.toBe(
      factRow(fact(), 'dataset-b', 'b.json').id,
    );
  });

  it('are the claim’s for a claim across files: the same from every file, whatever it says', () => {
    const claimed = (attributes: FactDraft['attributes'], source: string): unknown =>
      factRow(
        fact({ attributes, claim: 'bods:r:shareholding#0:p', claimAcrossFiles: true }),
        source,
        'f.json',
      ).id;
    expect(claimed({ shareExact: 40 }, 'dataset-a')).toBe(claimed({ shareExact: 60 }, 'dataset-b'));
    // Other ends are another fact of the same claim.
    const other = factRow(
      fact({ subject: 'person-q', claim: 'bods:r:shareholding#0:p', claimAcrossFiles: true }),
      'dataset-a',
      'f.json',
    ).id;
    expect(other).not.toBe(claimed({ shareExact: 40 }, 'dataset-a'));
  });
});
