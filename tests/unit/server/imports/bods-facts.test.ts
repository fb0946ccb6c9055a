// BODS interests as fact types and shares in words.
import { describe, expect, it } from 'vitest';
import { interestFactType, shareWords } from '../../../../server/imports/bods-facts';

describe('BODS interests', () => {
  it('become OWNS for a shareholding, CONTROLS for control, else HAS_INTEREST_IN', () => {
    expect(interestFactType('shareholding').name).toBe('OWNS');
    expect(interestFactType('votingRights').name).toBe('CONTROLS');
    expect(interestFactType('voting-rights').name).toBe('CONTROLS');
    expect(interestFactType('appointmentOfBoard').name).toBe('CONTROLS');
    expect(interestFactType('rightsToSurplusAssetsOnDissolution').name).toBe('HAS_INTEREST_IN');
    expect(interestFactType(undefined).name).toBe('HAS_INTEREST_IN');
  });

  it('give their shares in words, exclusive bounds kept apart from inclusive ones', () => {
    expect(shareWords({ exact: 50 })).toBe('50%');
    expect(shareWords({ exclusiveMinimum: 25, maximum: 50 })).toBe('more than 25% up to 50%');
    expect(shareWords({ minimum: 75 })).toBe('at least 75%');
    expect(shareWords({ minimum: 25, exclusiveMaximum: 50 })).toBe('at least 25% under 50%');
    expect(shareWords({})).toBeUndefined();
  });
});
