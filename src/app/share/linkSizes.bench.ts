import { mkdirSync, writeFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { generateDeployment } from '../../engine/__fixtures__/generate.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import { ScenarioFileSchema } from '../../model/schema.ts';
import type { Scenario } from '../../model/types.ts';
import { builtInScenarios, threeTierLayout, threeTierScenario } from '../../scenarios/index.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../share/codec.ts';
import { layoutWithElk } from '../../layout/elk.ts';

/**
 * Share-link sizes (issue 6: the three-tier scenario under 1,500 characters, a 100-node one under
 * 8,000) and the time to encode, decode and lay out. The sizes are written to
 * reports/share-figures.json, which `npm run bench` prints; they are counts, not timings, so they
 * are exact on every machine.
 */

/** 2 VPCs with their internet gateways, 10 subnets, 86 instances: 100 nodes on the canvas. */
const HUNDRED = generateDeployment({
  vpcs: 2,
  subnetsPerVpc: 5,
  instances: 86,
  roles: 8,
  groups: 12,
  nacls: 2,
  seed: 7,
});

const nodeCount = (s: Scenario) =>
  s.vpcs.length +
  s.subnets.length +
  s.instances.length +
  s.internetGateways.length +
  s.natGateways.length +
  s.internetHosts.length;

const threeTier = ScenarioFileSchema.parse(toScenarioFile(threeTierScenario, threeTierLayout));
const hundredLayout = await layoutWithElk(HUNDRED);
const hundred = ScenarioFileSchema.parse(toScenarioFile(HUNDRED, hundredLayout));
const threeTierLink = encodeScenarioLink(threeTier);
const hundredLink = encodeScenarioLink(hundred);

// `#s=` and the app's address come on top: a GitHub Pages address is about 40 characters.
const figures = {
  threeTier: { chars: threeTierLink.length, json: JSON.stringify(threeTier).length, goal: 1500 },
  hundred: {
    nodes: nodeCount(HUNDRED),
    chars: hundredLink.length,
    json: JSON.stringify(hundred).length,
    goal: 8000,
  },
  builtIns: builtInScenarios.map((b) => ({
    id: b.id,
    chars: encodeScenarioLink(toScenarioFile(b.scenario, b.layout)).length,
  })),
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/share-figures.json', JSON.stringify(figures, null, 2));

describe('share links', () => {
  bench('encode the three-tier scenario', () => {
    encodeScenarioLink(threeTier);
  });
  bench('decode the three-tier link (inflate + JSON + schema)', () => {
    decodeScenarioLink(threeTierLink);
  });
  bench(`decode a ${figures.hundred.nodes}-node link`, () => {
    decodeScenarioLink(hundredLink);
  });
});

describe('auto layout of an import (ELK)', () => {
  bench(
    `elk layout of ${figures.hundred.nodes} nodes`,
    async () => {
      await layoutWithElk(HUNDRED);
    },
    { iterations: 10 },
  );
});
