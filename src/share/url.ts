/**
 * Where a shared scenario sits in a URL: the fragment, `#s=<link text>`. The fragment never
 * reaches a server (browsers do not send it), so a scenario shared this way stays between the
 * people who pass the link around.
 */

// WIRE FORMAT: the parameter name must never change (links already shared use it).
export const LINK_PARAM = 's';

/**
 * The link text in a location's hash (`#s=v1.…`), or null when the hash holds none. Other
 * parameters in the hash are ignored; percent-escapes added by a chat tool are undone.
 */
export function readLinkFragment(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const key = eq === -1 ? part : part.slice(0, eq);
    if (key !== LINK_PARAM) continue;
    const value = eq === -1 ? '' : part.slice(eq + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // a stray `%`: the decoder names the bad character
    }
  }
  return null;
}

/**
 * The other parameters of the hash (a challenge link's role, challenge ID, title, a submission's
 * student), percent-escapes undone; `s` (the scenario) is left to `readLinkFragment`. Unknown
 * and malformed ones are the reader's to judge (store/actions/teachingLinks.ts checks them).
 */
export function readLinkParams(hash: string): Record<string, string> {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params: Record<string, string> = {};
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq);
    if (key === LINK_PARAM || !/^[a-z]{1,16}$/.test(key)) continue;
    const value = part.slice(eq + 1);
    try {
      params[key] = decodeURIComponent(value);
    } catch {
      params[key] = value;
    }
  }
  return params;
}

/**
 * The page's address with the link in its fragment (any earlier fragment replaced), and the
 * extra parameters after it, percent-encoded (`#s=v1.…&role=student&ch=ch-…`).
 */
export function shareUrl(
  pageUrl: string,
  linkText: string,
  params: Readonly<Record<string, string>> = {},
): string {
  const hash = pageUrl.indexOf('#');
  const base = hash === -1 ? pageUrl : pageUrl.slice(0, hash);
  const extra = Object.entries(params)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`)
    .join('');
  return `${base}#${LINK_PARAM}=${linkText}${extra}`;
}

/** The address without its fragment: what the address bar shows once a link is opened. */
export function withoutFragment(pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return hash === -1 ? pageUrl : pageUrl.slice(0, hash);
}

/** Chat tools cut messages near here; a longer link is better sent as a file. */
export const LONG_LINK_CHARS = 8000;
