import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import { ScenarioFileSchema } from '../model/schema.ts';
import { builtInScenarios } from '../scenarios/index.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { decodeScenarioLink, encodeScenarioLink, LINK_PREFIX } from './codec.ts';
import { LINK_DICTIONARY_V1 } from './dictionary.ts';

/**
 * Throws random and mutated links at the decoder. What must hold for every input: it returns (no
 * exception escapes), and whatever it accepts passes the scenario file schema. The counts are
 * printed for the closing note of issue 6.
 */

const DICTIONARY = strToU8(LINK_DICTIONARY_V1);
const linkOfBytes = (bytes: Uint8Array) => LINK_PREFIX + toBase64Url(bytes);
const linkOfJson = (json: string) =>
  linkOfBytes(deflateSync(strToU8(json), { dictionary: DICTIONARY }));

const files = builtInScenarios.map((b) => toScenarioFile(b.scenario, b.layout));
const validLinks = files.map(encodeScenarioLink);

const tally = { total: 0, accepted: 0, rejected: 0 };
const byKind: Record<string, { accepted: number; rejected: number }> = {};

/** Decodes, checks the two properties, and counts. */
function check(kind: string, link: string): void {
  let result: ReturnType<typeof decodeScenarioLink>;
  try {
    result = decodeScenarioLink(link);
  } catch (e) {
    throw new Error(`the decoder threw on a ${kind} link: ${link.slice(0, 200)}`, { cause: e });
  }
  const counts = (byKind[kind] ??= { accepted: 0, rejected: 0 });
  tally.total++;
  if (result.ok) {
    tally.accepted++;
    counts.accepted++;
    expect(ScenarioFileSchema.safeParse(result.value).success).toBe(true);
  } else {
    tally.rejected++;
    counts.rejected++;
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.message).not.toBe('');
  }
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const base64urlText = fc
  .array(fc.constantFrom(...BASE64URL), { maxLength: 400 })
  .map((cs) => cs.join(''));
const validLink = fc.constantFrom(...validLinks);

/** A path into a JSON value, and a copy of the value with something else there. */
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
const threeTierJson = JSON.parse(JSON.stringify(files[0]));
const allPaths = paths(threeTierJson);

const RUNS = {
  randomText: 1500,
  randomBase64: 1500,
  charFlips: 1500,
  truncations: 1000,
  insertions: 1000,
  byteFlips: 1500,
  randomJson: 1000,
  fieldSwaps: 2000,
};

// About 3 s in all on a quiet machine; the bound is generous for a busy CI runner.
describe('the link decoder under fuzzing', { timeout: 30_000 }, () => {
  afterAll(() => {
    console.log(
      `fuzz: ${tally.total.toLocaleString('en-US')} links decoded, ${tally.rejected.toLocaleString('en-US')} rejected with a message, ${tally.accepted.toLocaleString('en-US')} accepted (every accepted one passes the schema); no exception`,
    );
    for (const [kind, c] of Object.entries(byKind)) {
      console.log(`  ${kind}: ${c.rejected} rejected, ${c.accepted} accepted`);
    }
  });

  it('survives random text and random base64url after the prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => check('random text', s)),
      { numRuns: RUNS.randomText },
    );
    fc.assert(
      fc.property(base64urlText, (s) => check('random base64url', LINK_PREFIX + s)),
      { numRuns: RUNS.randomBase64 },
    );
  });

  it('survives valid links with characters flipped, cut short, or with text inserted', () => {
    fc.assert(
      fc.property(
        validLink,
        fc.nat(),
        fc.constantFrom(...BASE64URL, '%', ' ', '.', '+'),
        (l, at, c) => {
          const i = at % l.length;
          check('character flip', l.slice(0, i) + c + l.slice(i + 1));
        },
      ),
      { numRuns: RUNS.charFlips },
    );
    fc.assert(
      fc.property(validLink, fc.nat(), (l, at) => check('truncation', l.slice(0, at % l.length))),
      { numRuns: RUNS.truncations },
    );
    fc.assert(
      fc.property(validLink, fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), (l, at, s) => {
        const i = at % l.length;
        check('insertion', l.slice(0, i) + s + l.slice(i));
      }),
      { numRuns: RUNS.insertions },
    );
  });

  it('survives compressed bytes with bits flipped', () => {
    fc.assert(
      fc.property(
        validLink,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (l, flips) => {
          const bytes = fromBase64Url(l.slice(LINK_PREFIX.length));
          if (!bytes.ok) throw new Error('a valid link did not decode');
          const copy = bytes.value.slice();
          for (const [at, bit] of flips)
            copy[at % copy.length] = (copy[at % copy.length] ?? 0) ^ (1 << bit);
          check('bit flip', linkOfBytes(copy));
        },
      ),
      { numRuns: RUNS.byteFlips },
    );
  });

  it('survives valid JSON of any shape, and scenario files with a field swapped for anything', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) =>
        check('random JSON', linkOfJson(JSON.stringify(v))),
      ),
      { numRuns: RUNS.randomJson },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom('', '10.0.0.0/8', '::/0', 'sg-0abc', -1, 65536, 1e308, null, [], {}),
        ),
        (path, value) =>
          check('field swap', linkOfJson(JSON.stringify(setAt(threeTierJson, path, value)))),
      ),
      { numRuns: RUNS.fieldSwaps },
    );
  });

  it('decoded at least 10,000 links in all', () => {
    expect(tally.total).toBeGreaterThanOrEqual(10_000);
  });
});
