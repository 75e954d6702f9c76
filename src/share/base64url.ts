import type { Result } from '../model/issues.ts';

/**
 * base64url (RFC 4648 §5) without padding: the alphabet `A–Z a–z 0–9 - _`, every character of
 * which is safe in a URL fragment and survives chat tools that turn `+` into a space.
 */

// WIRE FORMAT: the alphabet must never change.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out +=
      ALPHABET.charAt(n >> 18) +
      ALPHABET.charAt((n >> 12) & 63) +
      ALPHABET.charAt((n >> 6) & 63) +
      ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out +=
      ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63) + ALPHABET.charAt((n >> 6) & 63);
  }
  return out;
}

/**
 * Decodes base64url, naming the first character that cannot be in it. Padding (`=`) is accepted
 * at the end, as some tools add it; a length no encoder produces means the text was cut.
 */
export function fromBase64Url(text: string): Result<Uint8Array, string> {
  const body = text.replace(/=+$/, '');
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code >= 128 || VALUE[code] === -1) {
      return {
        ok: false,
        errors: `the character ${JSON.stringify(body[i])} at position ${i + 1} cannot be in a link. It may have been changed after it was copied.`,
      };
    }
  }
  if (body.length % 4 === 1) {
    return {
      ok: false,
      errors: 'it was cut short. Copy the whole link again (chat tools sometimes cut long links).',
    };
  }
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let i = 0;
  const at = (k: number) => VALUE[body.charCodeAt(k)] as number;
  for (; i + 3 < body.length; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = body.length - i;
  if (rest === 2) {
    out[o] = ((at(i) << 18) | (at(i + 1) << 12)) >> 16;
  } else if (rest === 3) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6);
    out[o] = n >> 16;
    out[o + 1] = (n >> 8) & 255;
  }
  return { ok: true, value: out };
}
