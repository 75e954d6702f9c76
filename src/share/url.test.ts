import { describe, expect, it } from 'vitest';
import { readLinkFragment, shareUrl, withoutFragment } from './url.ts';

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
});
