import { describe, expect, it } from 'vitest';
import { readLinkFragment, readLinkParams, shareUrl, withoutFragment } from './url.ts';

describe('the link fragment', () => {
  it('reads #s=… and ignores other fragments', () => {
    expect(readLinkFragment('#s=v1.abc')).toBe('v1.abc');
    expect(readLinkFragment('#x=1&s=v1.abc')).toBe('v1.abc');
    expect(readLinkFragment('#s=')).toBe('');
    expect(readLinkFragment('')).toBeNull();
    expect(readLinkFragment('#section-2')).toBeNull();
  });

  it('undoes percent-escapes a chat tool added, and keeps a stray % for the decoder to name', () => {
    expect(readLinkFragment('#s=v1.ab%2Dc')).toBe('v1.ab-c');
    expect(readLinkFragment('#s=v1.ab%zz')).toBe('v1.ab%zz');
  });

  it('builds the page address with the link, replacing any fragment', () => {
    expect(shareUrl('https://x.test/lab/?e2e=1#old', 'v1.abc')).toBe(
      'https://x.test/lab/?e2e=1#s=v1.abc',
    );
    expect(withoutFragment('https://x.test/lab/#s=v1.abc')).toBe('https://x.test/lab/');
  });

  it('carries a challenge link’s parameters after the scenario, escaped, and reads them back', () => {
    const url = shareUrl('https://x.test/lab/', 'v1.abc', {
      role: 'submission',
      ch: 'ch-k1a2b3c4',
      by: 'Ada & Bob =1',
    });
    expect(url).toBe(
      'https://x.test/lab/#s=v1.abc&role=submission&ch=ch-k1a2b3c4&by=Ada%20%26%20Bob%20%3D1',
    );
    const hash = url.slice(url.indexOf('#'));
    expect(readLinkFragment(hash)).toBe('v1.abc');
    expect(readLinkParams(hash)).toEqual({
      role: 'submission',
      ch: 'ch-k1a2b3c4',
      by: 'Ada & Bob =1',
    });
    // Only short lower-case names; the scenario itself is not a parameter.
    expect(readLinkParams('#s=v1.x&Bad=1&__proto__=2&ok=%zz')).toEqual({ ok: '%zz' });
  });
});
