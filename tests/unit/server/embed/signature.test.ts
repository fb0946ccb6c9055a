// Embed signatures: HMAC-SHA256 over the canonical view, checked in constant time.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalView, readView } from '../../../../server/domain/embed-view';
import { signView, verifyView } from '../../../../server/embed/signature';

const KEY = 'k'.repeat(40);
const view = (s: string) => readView(new URLSearchParams(s)).view;

describe('signView', () => {
  it('is HMAC-SHA256 of the canonical text, base64url', () => {
    const v = view('expanded=gucci');
    expect(signView(KEY, v)).toBe(
      createHmac('sha256', KEY).update(canonicalView(v)).digest('base64url'),
    );
    expect(signView(KEY, v)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('does not depend on how the lists are written', () => {
    expect(signView(KEY, view('expanded=kering,gucci'))).toBe(
      signView(KEY, view('expanded=gucci,kering')),
    );
  });
});

describe('verifyView', () => {
  const sig = signView(KEY, view('expanded=gucci'));

  it('accepts the view it signed', () => {
    expect(verifyView(KEY, view('expanded=gucci'), sig)).toBe(true);
  });

  it('refuses a changed view, another key, a changed or malformed signature', () => {
    expect(verifyView(KEY, view('expanded=gucci,kering'), sig)).toBe(false);
    expect(verifyView(KEY, view('expanded=gucci&entity=gucci'), sig)).toBe(false);
    expect(verifyView('x'.repeat(40), view('expanded=gucci'), sig)).toBe(false);
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    expect(verifyView(KEY, view('expanded=gucci'), flipped)).toBe(false);
    expect(verifyView(KEY, view('expanded=gucci'), 'short')).toBe(false);
    expect(verifyView(KEY, view('expanded=gucci'), `${sig}=`)).toBe(false);
  });
});
