import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { toScenarioFile } from '../../src/model/envelope.ts';
import type { ScenarioFile } from '../../src/model/types.ts';
import { builtInChallenges, builtInScenarios } from '../../src/scenarios/index.ts';
import { fromBase64Url, toBase64Url } from '../../src/share/base64url.ts';
import { encodeScenarioLink, LINK_PREFIX } from '../../src/share/codec.ts';
import { LINK_DICTIONARY_V1 } from '../../src/share/dictionary.ts';
import { BUNDLE } from '../pages/Share.ts';

/**
 * Generated inputs for the fuzz journey, seeded: the same seed gives the same inputs, so a failure
 * names its seed and input number and can be replayed (`FUZZ_SEED=<seed> npx playwright test
 * fuzz`). Each input says which kind it is, for the failure message.
 */

export interface Generated<T> {
  readonly kind: string;
  readonly value: T;
}

/**
 * What a hostile author writes into names: markup with handlers that would set `window.__pwned`
 * (the canary the journey checks), links with `javascript:`, template and prototype keys, control
 * and bidirectional characters, and plain oddities. Any that ran would also break the CSP.
 */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `<script>window.__pwned='script'</script>`,
  `"><iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
  `javascript:window.__pwned='href'`,
  `[click](javascript:window.__pwned='md')`,
  `{{constructor.constructor('window.__pwned=1')()}}`,
  `\${window.__pwned='template'}`,
  '__proto__',
  'constructor',
  'toString',
  '=HYPERLINK("http://evil.example","x")',
  '\u001b[2K\rPASS',
  'admin\u202Egnp.exe',
  '\u0000\u0007\u0008',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☕ שלום 数据库',
  '\ud800 lone surrogate',
  ' '.repeat(256),
];

const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 20 }), fc.constantFrom(...PAYLOADS))
    .map(([a, b, c]) => a + b + c),
);

const FILES: ScenarioFile[] = [...builtInScenarios, ...builtInChallenges].map((b) =>
  toScenarioFile(b.scenario, b.layout),
);

/** A built-in scenario whose every name, description and task is hostile (and still valid). */
const hostileFile: fc.Arbitrary<ScenarioFile> = fc
  .tuple(fc.constantFrom(...FILES), fc.array(hostileText, { minLength: 8, maxLength: 8 }))
  .map(([file, texts]) => {
    let k = 0;
    const next = () => (texts[k++ % texts.length] ?? '').slice(0, 256);
    const named = <T extends { name: string }>(list: readonly T[]) =>
      list.map((r) => ({ ...r, name: next() }));
    const s = file.scenario;
    return {
      ...file,
      scenario: {
        ...s,
        name: next(),
        description: next(),
        ...(s.challenge ? { challenge: { ...s.challenge, task: next() } } : {}),
        vpcs: named(s.vpcs),
        subnets: named(s.subnets),
        instances: named(s.instances),
        securityGroups: named(s.securityGroups).map((g) => ({
          ...g,
          description: next().slice(0, 255),
        })),
        networkAcls: named(s.networkAcls),
        routeTables: named(s.routeTables),
        internetGateways: named(s.internetGateways),
        natGateways: named(s.natGateways),
        peeringConnections: named(s.peeringConnections),
        internetHosts: named(s.internetHosts),
        flows: named(s.flows),
      },
    };
  });

/** Every path into a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy: unknown[] = [...root];
    copy[Number(head)] = setAt(copy[Number(head)], rest, next);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(root as Record<string, unknown>) };
  copy[head] = setAt(copy[head], rest, next);
  return copy;
}

/** A JSON document with one value anywhere in it swapped for anything, including a dangling ID. */
function fieldSwap(documents: readonly unknown[]): fc.Arbitrary<unknown> {
  const all = documents.map((d) => ({ d, p: paths(d) }));
  return fc
    .tuple(
      fc.constantFrom(...all),
      fc.nat(),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        hostileText,
        fc.constantFrom(
          '',
          'vpc-0gone',
          'subnet-0gone',
          'i-0gone',
          '10.0.0.0/8',
          -1,
          1e308,
          null,
          [],
          {},
        ),
      ),
    )
    .map(([{ d, p }, at, value]) => setAt(d, p[at % p.length] ?? [], value));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A link holding any JSON, packed as the codec packs (the encoder takes valid files only). */
const linkOfJson = (value: unknown) =>
  LINK_PREFIX +
  toBase64Url(
    deflateSync(strToU8(JSON.stringify(value)), { dictionary: strToU8(LINK_DICTIONARY_V1) }),
  );
const VALID_LINKS = FILES.map(encodeScenarioLink);
const validLink = fc.constantFrom(...VALID_LINKS);

/** Link texts (after `#s=`), of every kind the unit fuzz knows and hostile-named valid ones. */
const linkText: fc.Arbitrary<Generated<string>> = fc.oneof(
  {
    weight: 4,
    arbitrary: hostileFile.map((f) => ({ kind: 'hostile names', value: encodeScenarioLink(f) })),
  },
  {
    weight: 2,
    arbitrary: fieldSwap(FILES).map((d) => ({ kind: 'field swap', value: linkOfJson(d) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(validLink, fc.nat(), fc.constantFrom(...BASE64URL, '%', ' ', '.', '+', '#', '&'))
      .map(([l, at, c]) => ({
        kind: 'character flip',
        value: l.slice(0, at % l.length) + c + l.slice((at % l.length) + 1),
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validLink, fc.nat())
      .map(([l, at]) => ({ kind: 'cut short', value: l.slice(0, at % l.length) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        validLink,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 4,
        }),
      )
      .map(([l, flips]) => {
        const bytes = fromBase64Url(l.slice(LINK_PREFIX.length));
        const copy = bytes.ok ? bytes.value.slice() : new Uint8Array(1);
        for (const [at, bit] of flips)
          copy[at % copy.length] = (copy[at % copy.length] ?? 0) ^ (1 << bit);
        return { kind: 'bit flip', value: LINK_PREFIX + toBase64Url(copy) };
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...BASE64URL), { maxLength: 300 })
      .map((cs) => ({ kind: 'random base64url', value: LINK_PREFIX + cs.join('') })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ kind: 'random text', value: s })),
  },
);

/** Link texts as a fragment would carry them (`#s=…`, percent-escaped as a browser writes it). */
export function generateLinks(seed: number, count: number): Generated<string>[] {
  return fc
    .sample(linkText, { seed, numRuns: count })
    .map((g) => ({ kind: g.kind, value: `#s=${encodeURIComponent(g.value)}` }));
}

const AWS_BUNDLE = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Record<string, unknown>;

/** The AWS sample with hostile Name tags on its VPCs, subnets and instances. */
const hostileBundle = fc.array(hostileText, { minLength: 4, maxLength: 4 }).map((texts) => {
  let k = 0;
  const tag = () => [{ Key: 'Name', Value: texts[k++ % texts.length] ?? '' }];
  const tagged = (list: unknown) =>
    Array.isArray(list) ? list.map((r: Record<string, unknown>) => ({ ...r, Tags: tag() })) : list;
  const reservations = (AWS_BUNDLE.Reservations as { Instances: Record<string, unknown>[] }[]).map(
    (r) => ({
      ...r,
      Instances: r.Instances.map((i) => ({ ...i, Tags: tag() })),
    }),
  );
  return {
    ...AWS_BUNDLE,
    Vpcs: tagged(AWS_BUNDLE.Vpcs),
    Subnets: tagged(AWS_BUNDLE.Subnets),
    Reservations: reservations,
  };
});

const indent = fc.constantFrom(0, 2, '\t');
const json = (value: unknown, space: number | string) => JSON.stringify(value, null, space);

/** File texts for the Import dialog: scenario files and AWS bundles, whole, mutated or broken. */
const fileText: fc.Arbitrary<Generated<string>> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(hostileFile, indent)
      .map(([f, s]) => ({ kind: 'hostile names', value: json(f, s) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fieldSwap(FILES), indent)
      .map(([d, s]) => ({ kind: 'field swap', value: json(d, s) })),
  },
  {
    weight: 1,
    arbitrary: hostileBundle.map((b) => ({ kind: 'AWS, hostile tags', value: json(b, 0) })),
  },
  {
    weight: 1,
    arbitrary: fieldSwap([AWS_BUNDLE]).map((d) => ({ kind: 'AWS field swap', value: json(d, 0) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .jsonValue({ maxDepth: 4 })
      .map((v) => ({ kind: 'random JSON', value: json(v, 0) })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(hostileFile, fc.nat()).map(([f, at]) => {
      const text = json(f, 2);
      return { kind: 'cut short', value: text.slice(0, at % text.length) };
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...FILES),
        fc.constantFrom('\ufeff', '', '\u0000', '// comment\n'),
        fc.string({ maxLength: 30 }),
      )
      .map(([f, head, tail]) => ({ kind: 'odd text around', value: head + json(f, 2) + tail })),
  },
);

export function generateFiles(seed: number, count: number): Generated<string>[] {
  return fc.sample(fileText, { seed, numRuns: count });
}

/** The seed of this run: FUZZ_SEED, set once for all workers by playwright.config.ts. */
export function fuzzSeed(): number {
  const seed = Number(process.env.FUZZ_SEED);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FUZZ_SEED must be an integer, got "${process.env.FUZZ_SEED}"`);
  return seed;
}
