import { describe, expect, it } from 'vitest';
import { HUB_AND_SPOKE_IDS } from '../scenarios/hubAndSpoke.ts';
import { builtInScenarios } from '../scenarios/index.ts';
import { S3_ENDPOINT_IDS } from '../scenarios/s3Endpoint.ts';
import type { BlockedBy } from './types.ts';
import { evaluate } from './evaluate.ts';

/**
 * Each gallery scenario teaches by where its blocked flows stop. The verdicts are checked in
 * builtins.test.ts; here, that each one stops at the layer (and rule) its lesson names, as AWS
 * documents it.
 */
type Stop = Pick<BlockedBy, 'direction' | 'layer'> & { ruleNumber?: number; resourceId?: string };

const STOPS: Record<string, Record<string, Stop>> = {
  // https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
  'default-vpc': {
    'internet → server-a SSH': { direction: 'request', layer: 'security-group-ingress' },
    'internet → server-a HTTP': { direction: 'request', layer: 'security-group-ingress' },
  },
  'public-web': {
    'visitor → web-1 SSH': { direction: 'request', layer: 'security-group-ingress' },
  },
  bastion: {
    'stranger → bastion SSH': { direction: 'request', layer: 'security-group-ingress' },
    // No public address: nothing for the internet gateway to deliver to.
    'admin → app-1 SSH (skipping the bastion)': {
      direction: 'request',
      layer: 'internet-gateway',
    },
    'app-2 → app-1 SSH (a neighbour is not the bastion)': {
      direction: 'request',
      layer: 'security-group-ingress',
    },
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
  'nat-gateway': {
    'internet → worker-1 HTTPS': { direction: 'request', layer: 'internet-gateway' },
    'internet → worker-1 SSH': { direction: 'request', layer: 'internet-gateway' },
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html
  'nacl-ephemeral': {
    'visitor → web-trap HTTPS (the response dies)': {
      direction: 'response',
      layer: 'nacl-egress',
      ruleNumber: 32767,
    },
    'web-trap → internet HTTPS (the response dies)': {
      direction: 'response',
      layer: 'nacl-ingress',
      ruleNumber: 32767,
    },
  },
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
  'nacl-order': {
    'unwanted → host-a SSH (deny 90 comes first)': {
      direction: 'request',
      layer: 'nacl-ingress',
      ruleNumber: 90,
    },
  },
  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
  'peering-transitive': {
    'a-1 → c-1 HTTPS (through B: not transitive)': { direction: 'request', layer: 'peering' },
    'c-1 → a-1 HTTPS (through B: not transitive)': { direction: 'request', layer: 'peering' },
  },
  'ipv6-dual-stack': {
    'IPv6 visitor → api-1 HTTPS': { direction: 'request', layer: 'security-group-ingress' },
  },
  // https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html: the response
  // needs the destination subnet's own route to the transit gateway.
  'transit-hub-and-spoke': {
    'tools-1 → app-b HTTPS (no route back from spoke B)': {
      direction: 'response',
      layer: 'route',
      resourceId: HUB_AND_SPOKE_IDS.rtbB,
    },
    'app-a → app-b HTTPS (spokes route only the hub)': {
      direction: 'request',
      layer: 'route',
      resourceId: HUB_AND_SPOKE_IDS.rtbA,
    },
  },
  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html and
  // https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html: S3 answers to
  // the ephemeral port, and the app subnet's ACL admits only its own VPC.
  's3-gateway-endpoint': {
    'app-1 → S3 HTTPS (the ACL drops the answer)': {
      direction: 'response',
      layer: 'nacl-ingress',
      resourceId: S3_ENDPOINT_IDS.appAcl,
      ruleNumber: 32767,
    },
    // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html: the group
    // allows HTTPS out to S3's prefix list only.
    'batch-1 → internet HTTPS (no way out)': {
      direction: 'request',
      layer: 'security-group-egress',
    },
  },
};

describe.each(builtInScenarios.map((b) => [b.id, b] as const))('lesson of %s', (id, b) => {
  const blocked = b.scenario.flows.filter((f) => f.expected === 'blocked');
  it.each(blocked.map((f) => [f.name, f] as const))(
    '"%s" stops where the lesson says',
    (name, flow) => {
      if (id === 'three-tier') return; // its own tests (paths.test.ts) cover it
      const stop = STOPS[id]?.[name];
      if (!stop) return expect.fail(`no stop written for "${name}"`);
      expect(evaluate(b.scenario, flow).blockedBy).toMatchObject(stop);
    },
  );
});
