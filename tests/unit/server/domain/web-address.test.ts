import { describe, expect, it } from 'vitest';
import { isWebAddress } from '../../../../server/domain/web-address';

describe('web addresses', () => {
  it.each(['https://example.com/a', 'http://news.example/x?y=1', 'HTTPS://EXAMPLE.COM'])(
    'passes %s',
    (url) => expect(isWebAddress(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    'https:/x',
  ])('refuses %s', (url) => expect(isWebAddress(url)).toBe(false));
});
