import { createHash } from 'node:crypto';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import { ScenarioFileSchema } from '../model/schema.ts';
import type { ScenarioFile } from '../model/types.ts';
import { builtInScenarios, threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import { toBase64Url } from './base64url.ts';
import {
  decodeScenarioLink,
  describeLinkProblem,
  encodeScenarioLink,
  LINK_PREFIX,
  MAX_INFLATED_BYTES,
} from './codec.ts';
import { LINK_DICTIONARY_V1 } from './dictionary.ts';

const threeTier = (): ScenarioFile =>
  ScenarioFileSchema.parse(toScenarioFile(threeTierScenario, threeTierLayout));

/** A v1 link of any JSON text, as a tampering sender would build it. */
const linkOfJson = (json: string) =>
  LINK_PREFIX +
  toBase64Url(deflateSync(strToU8(json), { dictionary: strToU8(LINK_DICTIONARY_V1) }));

const message = (text: string) => {
  const r = decodeScenarioLink(text);
  if (r.ok) throw new Error('expected a refusal');
  return describeLinkProblem(r.errors);
};

describe('a share link', () => {
  it('round-trips every built-in scenario exactly (network, saved flows, layout)', () => {
    for (const builtIn of builtInScenarios) {
      const file = ScenarioFileSchema.parse(toScenarioFile(builtIn.scenario, builtIn.layout));
      const decoded = decodeScenarioLink(encodeScenarioLink(file));
      expect(decoded).toEqual({ ok: true, value: file });
    }
  });

  it('starts with its version tag and uses only URL-safe characters', () => {
    const link = encodeScenarioLink(threeTier());
    expect(link.startsWith('v1.')).toBe(true);
    expect(link.slice(3)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('keeps the three-tier scenario under 1,500 characters', () => {
    expect(encodeScenarioLink(threeTier()).length).toBeLessThan(1500);
  });

  it('rounds layout positions to whole units and keeps sizes positive', () => {
    const file = threeTier();
    const id = threeTierScenario.vpcs[0]?.id ?? '';
    const tweaked: ScenarioFile = {
      ...file,
      layout: {
        nodes: { ...file.layout.nodes, [id]: { x: 10.4, y: -3.6, width: 0.2, height: 99.5 } },
      },
    };
    const decoded = decodeScenarioLink(encodeScenarioLink(tweaked));
    expect(decoded.ok && decoded.value.layout.nodes[id]).toEqual({
      x: 10,
      y: -4,
      width: 1,
      height: 100,
    });
  });

  it('carries a name that looks like HTML as plain text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const file = threeTier();
    const evil: ScenarioFile = {
      ...file,
      scenario: {
        ...file.scenario,
        name,
        description: '<script>alert(1)</script>',
        vpcs: file.scenario.vpcs.map((v) => ({ ...v, name })),
      },
    };
    const decoded = decodeScenarioLink(encodeScenarioLink(evil));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.scenario.name).toBe(name);
    expect(decoded.value.scenario.vpcs[0]?.name).toBe(name);
    expect(decoded.value.scenario.description).toBe('<script>alert(1)</script>');
  });
});

describe('a link that cannot be read', () => {
  const good = () => encodeScenarioLink(threeTier());

  it('says a newer version made it', () => {
    expect(message(`v2.${good().slice(3)}`)).toBe(
      'This link was made by a newer VPC Flow Lab (v2); this version reads v1 links. Open it in an up-to-date VPC Flow Lab.',
    );
  });

  it('says it is not a link of ours when the prefix is missing', () => {
    expect(message('hello')).toMatch(
      /^This is not a VPC Flow Lab scenario link: it should start with "v1\."/,
    );
    expect(message('')).toMatch(/nothing after "#s="/);
    expect(message('v0.AAAA')).toMatch(/unknown version tag \("v0\."\)/);
  });

  it('names a character that cannot be in a link', () => {
    const link = good();
    expect(message(`${link.slice(0, 40)}%${link.slice(41)}`)).toBe(
      'The link is damaged: the character "%" at position 38 cannot be in a link. It may have been changed after it was copied.',
    );
  });

  it('says a truncated link was cut short', () => {
    const link = good();
    for (const keep of [10, 200, link.length - 30, link.length - 1]) {
      expect(message(link.slice(0, keep))).toMatch(/cut short|corrupt/);
    }
    expect(message(link.slice(0, 200))).toMatch(/cut short/);
  });

  it('says corrupt compressed data is corrupt', () => {
    expect(message('v1.____________')).toMatch(
      /^The link is damaged: its compressed data is corrupt/,
    );
  });

  it('says JSON errors and schema errors, naming the path', () => {
    expect(message(linkOfJson('{"format": "vpc-flow-lab",'))).toMatch(
      /^The link is damaged: what it unpacks to is not valid JSON/,
    );
    const file = threeTier();
    const broken = JSON.stringify({
      ...file,
      scenario: {
        ...file.scenario,
        vpcs: [{ ...file.scenario.vpcs[0], cidrBlocks: ['10.0.0.0/99'] }],
      },
    });
    expect(message(linkOfJson(broken))).toMatch(
      /^The link's scenario does not pass the checks: scenario\.vpcs\[0\]\.cidrBlocks\[0\]: expected an IPv4 CIDR block/,
    );
    expect(message(linkOfJson(JSON.stringify({ ...file, version: 7 })))).toMatch(
      /version: this file is version 7, newer than this app understands/,
    );
  });

  it('refuses a zip bomb without inflating it all', () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES * 4).fill(32), {
      dictionary: strToU8(LINK_DICTIONARY_V1),
    });
    const link = LINK_PREFIX + toBase64Url(bomb);
    expect(link.length).toBeLessThan(40_000);
    expect(message(link)).toMatch(/^The link is refused: it unpacks to more than 5 MB/);
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const link =
      LINK_PREFIX +
      toBase64Url(
        deflateSync(new Uint8Array([0xff, 0xfe, 0x80]), {
          dictionary: strToU8(LINK_DICTIONARY_V1),
        }),
      );
    expect(message(link)).toMatch(/is not text/);
  });
});

describe('the v1 wire format', () => {
  // WIRE FORMAT: if this test fails, the dictionary changed and every v1 link ever shared breaks.
  // Put the old dictionary back; a new one needs a new link version.
  it('keeps the v1 dictionary byte for byte', () => {
    const sha = createHash('sha256').update(LINK_DICTIONARY_V1).digest('hex');
    expect({ length: LINK_DICTIONARY_V1.length, sha }).toEqual({ length: 2449, sha: PINNED_SHA });
  });

  it('still reads a link made by the first release', () => {
    const decoded = decodeScenarioLink(FIRST_RELEASE_LINK);
    expect(decoded.ok && decoded.value.scenario.name).toBe('Pinned');
    expect(decoded.ok && decoded.value.scenario.vpcs[0]?.cidrBlocks).toEqual(['10.9.0.0/16']);
  });
});

const PINNED_SHA = 'ef80b9eeda98bfee46df4d3658d8100ac2f4235f7b04c1cca84e30fc8faf73ff';
/** A link made by the first release (a VPC 10.9.0.0/16 in a scenario named "Pinned"). */
const FIRST_RELEASE_LINK = 'v1.I7tBFpAJTMOgsMXSvCoAFzCw1hBMIUY7yxLezsIbUCDTsIeVCagwhXnT2MAA5CEA';
