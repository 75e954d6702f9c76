import {
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
  rangeContains,
  rangesOverlap,
  type IpRange,
} from '../model/ip.ts';
import type { Scenario, ScenarioFile } from '../model/types.ts';

/**
 * What a scenario imported from AWS gives away when it is shared: account numbers (in names,
 * descriptions and ARNs) and public addresses (instances, NAT gateways, rules naming an office or
 * a partner). `findSensitive` lists them; `withPlaceholders` swaps them for the values AWS's own
 * documentation uses, consistently, so the shared network still reads and evaluates the same:
 *
 * - an account number becomes `123456789012`;
 * - a public IPv4 /24 block becomes a documentation block (203.0.113.0/24, 198.51.100.0/24,
 *   192.0.2.0/24, then the benchmarking range 198.18.0.0/15), the last octet kept, so an address
 *   stays inside the /24-or-longer rule that named it;
 * - a public IPv6 /32 becomes 2001:db8::/32 (then 3fff:0::/20's /32s), the lower 96 bits kept, so a
 *   subnet stays inside its VPC's block.
 *
 * Wider public ranges (shorter than /24, or than /32 for IPv6) name networks such as AWS's own
 * ranges rather than someone's hosts: they are left as they are.
 */

export const PLACEHOLDER_ACCOUNT = '123456789012';

export interface SensitiveFindings {
  /** Distinct 12-digit account numbers found in names and descriptions (ARNs included). */
  readonly accounts: readonly string[];
  /** Distinct public addresses and CIDR blocks, as written, IPv4 first. */
  readonly addresses: readonly string[];
}

/** Keys whose strings are free text (may hold an ARN, an account number, an address). */
const TEXT_KEYS = new Set(['name', 'description']);

const ACCOUNT = /(?<!\d)\d{12}(?!\d)/g;
const IPV4_IN_TEXT = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?!\d|\.\d)/g;

// Not public: private, shared, loopback, link-local, documentation, benchmarking, multicast, reserved.
const NOT_PUBLIC_V4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/3',
].map(range);
const GLOBAL_V6 = range('2000::/3');
const DOCUMENTATION_V6 = ['2001:db8::/32', '3fff::/20'].map(range);

const V4_TARGETS: readonly number[] = [
  block24('203.0.113.0'),
  block24('198.51.100.0'),
  block24('192.0.2.0'),
  ...Array.from({ length: 512 }, (_, k) => block24('198.18.0.0') + k),
];
const V6_TARGETS: readonly bigint[] = [
  0x20010db8n,
  ...Array.from({ length: 4095 }, (_, k) => 0x3fff0001n + BigInt(k)),
];

/**
 * The blocks of AWS-managed prefix lists (S3's, DynamoDB's): AWS's own published addresses, which
 * a flow to the service names. They give nothing of the account away and are kept as they are
 * (swapped, a flow to S3 would no longer reach S3).
 */
function awsOwned(scenario: Scenario): (text: string) => boolean {
  const ranges = scenario.prefixLists
    .filter((p) => p.managedBy === 'aws')
    .flatMap((p) => (p.entries ?? []).flatMap((e) => parseCidr(e.cidr) ?? []));
  return (text) => {
    const r = asRange(text);
    return r !== null && ranges.some((a) => rangeContains(a, r));
  };
}

/** Lists the account numbers and public addresses in the scenario (none in a built-in one). */
export function findSensitive(file: ScenarioFile): SensitiveFindings {
  const accounts = new Set<string>();
  const addresses = new Set<string>();
  const ofAws = awsOwned(file.scenario);
  visitStrings(file.scenario, (text, key) => {
    if (isSensitiveAddress(text)) {
      if (!ofAws(text)) addresses.add(text);
    } else if (TEXT_KEYS.has(key)) {
      for (const m of text.matchAll(ACCOUNT)) if (m[0] !== PLACEHOLDER_ACCOUNT) accounts.add(m[0]);
      for (const m of text.matchAll(IPV4_IN_TEXT))
        if (isSensitiveAddress(m[0]) && !ofAws(m[0])) addresses.add(m[0]);
    }
  });
  // IPv4 first: those are the ones people recognise (an office, a server).
  const v6 = (a: string) => Number(a.includes(':'));
  return { accounts: [...accounts], addresses: [...addresses].sort((a, b) => v6(a) - v6(b)) };
}

export function hasSensitive(findings: SensitiveFindings): boolean {
  return findings.accounts.length > 0 || findings.addresses.length > 0;
}

/**
 * A copy of the file with every finding replaced (see the module comment); the layout is kept.
 * `replaced` maps each original text to its placeholder, for the dialog to show.
 */
export function withPlaceholders(file: ScenarioFile): {
  file: ScenarioFile;
  replaced: ReadonlyMap<string, string>;
} {
  const v4Blocks = new Set<number>();
  const v6Prefixes = new Set<bigint>();
  const kept: IpRange[] = [];
  const ofAws = awsOwned(file.scenario);
  const note = (text: string) => {
    const r = asRange(text);
    if (!r) return;
    if (ofAws(text)) return void kept.push(r);
    if (!isSensitiveRange(r)) kept.push(r);
    else if (r.family === 4) v4Blocks.add(r.first >>> 8);
    else v6Prefixes.add(r.first >> 96n);
  };
  visitStrings(file.scenario, (text, key) => {
    note(text);
    if (TEXT_KEYS.has(key)) for (const m of text.matchAll(IPV4_IN_TEXT)) note(m[0]);
  });

  // Each public block gets the first target that no other value of the scenario tells apart from
  // it: a kept range that overlaps the target must hold the original block too (0.0.0.0/0 does;
  // a documentation address already in use does not), so no verdict changes and no two addresses
  // come to mean one.
  const assign = <K>(blocks: Iterable<K>, targets: readonly K[], asRange: (k: K) => IpRange) => {
    const map = new Map<K, K>();
    const taken = new Set<K>();
    for (const block of blocks) {
      const original = asRange(block);
      const target = targets.find((t) => {
        if (taken.has(t)) return false;
        const candidate = asRange(t);
        return kept.every(
          (r) =>
            !rangesOverlap(r, candidate) ||
            (rangeContains(r, candidate) && rangeContains(r, original)),
        );
      });
      if (target === undefined) continue; // none left: the value stays as it is
      taken.add(target);
      map.set(block, target);
    }
    return map;
  };
  const map4 = assign(v4Blocks, V4_TARGETS, block24Range);
  const map6 = assign(v6Prefixes, V6_TARGETS, prefix32);

  const replaced = new Map<string, string>();
  const swapAddress = (text: string): string => {
    const r = asRange(text);
    if (!r || !isSensitiveRange(r) || ofAws(text)) return text;
    let out: string;
    if (r.family === 4) {
      const target = map4.get(r.first >>> 8);
      if (target === undefined) return text;
      const first = target * 256 + (r.first & 255);
      out = text.includes('/')
        ? formatCidr({ ...r, first, last: first + (r.last - r.first) })
        : formatIp({ family: 4, value: first });
    } else {
      const target = map6.get(r.first >> 96n);
      if (target === undefined) return text;
      const low = (1n << 96n) - 1n;
      const first = (target << 96n) | (r.first & low);
      out = text.includes('/')
        ? formatCidr({ ...r, first, last: first + (r.last - r.first) })
        : formatIp({ family: 6, value: first });
    }
    replaced.set(text, out);
    return out;
  };
  const swapText = (text: string): string =>
    text
      .replace(ACCOUNT, (account) => {
        if (account !== PLACEHOLDER_ACCOUNT) replaced.set(account, PLACEHOLDER_ACCOUNT);
        return PLACEHOLDER_ACCOUNT;
      })
      .replace(IPV4_IN_TEXT, swapAddress);

  const scenario = mapStrings(file.scenario, (text, key) => {
    if (asRange(text)) return swapAddress(text);
    return TEXT_KEYS.has(key) ? swapText(text) : text;
  }) as Scenario;
  return { file: { ...file, scenario }, replaced };
}

/** A public address, or a public block narrow enough to name someone's hosts. */
export function isSensitiveAddress(text: string): boolean {
  const r = asRange(text);
  return r !== null && isSensitiveRange(r);
}

function isSensitiveRange(r: IpRange): boolean {
  if (r.family === 4) {
    return r.prefix >= 24 && !NOT_PUBLIC_V4.some((n) => rangesOverlap(n, r));
  }
  return (
    r.prefix >= 32 &&
    rangesOverlap(GLOBAL_V6, r) &&
    !DOCUMENTATION_V6.some((n) => rangesOverlap(n, r))
  );
}

/** An address as a one-address range, or a CIDR block; null for any other text. */
function asRange(text: string): IpRange | null {
  if (text.includes('/')) return parseCidr(text);
  const ip = parseIp(text);
  if (!ip) return null;
  return ip.family === 4
    ? { family: 4, first: ip.value, last: ip.value, prefix: 32 }
    : { family: 6, first: ip.value, last: ip.value, prefix: 128 };
}

function range(text: string): IpRange {
  const r = parseCidr(text);
  if (!r) throw new Error(`not a CIDR block: ${text}`);
  return r;
}

function block24(address: string): number {
  const r = range(`${address}/24`);
  if (r.family !== 4) throw new Error(`not an IPv4 address: ${address}`);
  return r.first >>> 8;
}

function block24Range(b: number): IpRange {
  return { family: 4, first: b * 256, last: b * 256 + 255, prefix: 24 };
}

function prefix32(p: bigint): IpRange {
  const first = p << 96n;
  return { family: 6, first, last: first + (1n << 96n) - 1n, prefix: 32 };
}

/** Calls `visit` on every string in a JSON value, with the key it sits under. */
function visitStrings(value: unknown, visit: (text: string, key: string) => void, key = ''): void {
  if (typeof value === 'string') visit(value, key);
  else if (Array.isArray(value)) for (const item of value) visitStrings(item, visit, key);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) visitStrings(v, visit, k);
  }
}

/** A copy of a JSON value with every string passed through `fn`. */
function mapStrings(value: unknown, fn: (text: string, key: string) => string, key = ''): unknown {
  if (typeof value === 'string') return fn(value, key);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn, key));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, k)]));
  }
  return value;
}
