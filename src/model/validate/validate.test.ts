import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../ip.ts';
import { ScenarioSchema } from '../schema.ts';
import type { Scenario } from '../types.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { FINDING_CODES, hasErrors, validate } from './index.ts';

describe('validate', () => {
  it('finds nothing wrong with a clean scenario', () => {
    const s = cleanScenario();
    expect(ScenarioSchema.parse(s)).toEqual(s);
    expect(validate(s)).toEqual([]);
  });

  it('lists errors before warnings', () => {
    const s = cleanScenario();
    find(s.instances, 'i-db').securityGroupIds = ['sg-adefault']; // warning: sg-db unused
    find(s.instances, 'i-web').privateIp = '10.0.0.0'; // error: reserved
    const findings = validate(s);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors(findings.slice(1))).toBe(false);
  });

  it('validates a thousand instances without a false alarm', () => {
    const s = cleanScenario();
    find(s.vpcs, 'vpc-a').cidrBlocks.push('10.8.0.0/16');
    s.subnets.push({
      id: 'subnet-abig',
      name: 'big',
      vpcId: 'vpc-a',
      cidrBlock: '10.8.0.0/20',
      availabilityZone: 'us-east-1a',
    });
    for (let n = 0; n < 1000; n++) {
      s.instances.push({
        id: `i-n${n}`,
        name: `n${n}`,
        subnetId: 'subnet-abig',
        privateIp: `10.8.${Math.floor(n / 200)}.${(n % 200) + 10}`,
        securityGroupIds: ['sg-db'],
      });
    }
    expect(validate(s)).toEqual([]);
    s.instances.push({ ...find(s.instances, 'i-n999'), id: 'i-late' });
    expect(pick(validate(s), 'duplicate-private-ip').map((f) => f.resourceId)).toEqual(['i-late']);
  });
});

// Arbitrary scenarios: syntactically valid (so the schema accepts them) but semantically anything,
// with IDs drawn from small pools so references dangle, collide and cross VPCs.
const pool = (prefix: string) => fc.constantFrom(...['a', 'b', 'c'].map((x) => `${prefix}-${x}`));
// Edge values often, so reserved addresses and collisions come up.
const octet = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0, 1, 2, 3, 255));
const ip4 = fc.tuple(fc.constantFrom(10, 172, 192), octet, octet, octet).map((p) => p.join('.'));
const cidr4 = fc
  .tuple(ip4, fc.integer({ min: 0, max: 32 }))
  .map(([ip, prefix]) => `${ip}/${prefix}`);
const hex = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
const ip6 = fc.tuple(hex, hex).map(([a, b]) => `2600:1f18:${a}::${b}`);
const cidr6 = fc
  .tuple(hex, fc.integer({ min: 0, max: 128 }))
  .map(([a, prefix]) => `2600:1f18:${a}::/${prefix}`);
const cidr = fc.oneof(cidr4, cidr6, fc.constantFrom('0.0.0.0/0', '::/0'));
const protocol = fc.oneof(
  fc.constantFrom(
    'all' as const,
    'tcp' as const,
    'udp' as const,
    'icmp' as const,
    'icmpv6' as const,
  ),
  fc.integer({ min: 0, max: 255 }),
);
const portRange = fc
  .tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
const icmpTypeCode = fc.record({
  type: fc.integer({ min: -1, max: 255 }),
  code: fc.integer({ min: -1, max: 255 }),
});
const sgRule = fc.record(
  {
    protocol,
    portRange,
    icmpTypeCode,
    peer: fc.oneof(
      fc.record({ kind: fc.constant('cidr' as const), cidr }),
      fc.record({ kind: fc.constant('group' as const), groupId: pool('sg') }),
    ),
  },
  { requiredKeys: ['protocol', 'peer'] },
);
const naclEntry = fc.record(
  {
    ruleNumber: fc.integer({ min: -2, max: 33000 }),
    action: fc.constantFrom('allow' as const, 'deny' as const),
    protocol,
    cidr,
    portRange,
    icmpTypeCode,
  },
  { requiredKeys: ['ruleNumber', 'action', 'protocol', 'cidr'] },
);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const arbitraryScenario: fc.Arbitrary<unknown> = fc.record({
  quotas: fc.record({ securityGroupsPerInterface: fc.integer({ min: 1, max: 16 }) }),
  vpcs: fc.array(
    fc.record({
      id: pool('vpc'),
      name: fc.constant('v'),
      cidrBlocks: fc.array(cidr4, { minLength: 1, maxLength: 3 }),
      ipv6CidrBlock: opt(cidr6),
    }),
    { maxLength: 3 },
  ),
  subnets: fc.array(
    fc.record({
      id: pool('subnet'),
      name: fc.constant('s'),
      vpcId: pool('vpc'),
      cidrBlock: cidr4,
      ipv6CidrBlock: opt(cidr6),
      networkAclId: opt(pool('acl')),
      routeTableId: opt(pool('rtb')),
    }),
    { maxLength: 4 },
  ),
  instances: fc.array(
    fc.record({
      id: pool('i'),
      name: fc.constant('i'),
      subnetId: pool('subnet'),
      privateIp: ip4,
      publicIp: opt(ip4),
      ipv6Address: opt(ip6),
      securityGroupIds: fc.array(pool('sg'), { maxLength: 6 }),
    }),
    { maxLength: 5 },
  ),
  securityGroups: fc.array(
    fc.record({
      id: pool('sg'),
      name: fc.constant('g'),
      vpcId: pool('vpc'),
      isDefault: fc.boolean(),
      ingress: fc.array(sgRule, { maxLength: 3 }),
      egress: fc.array(sgRule, { maxLength: 2 }),
    }),
    { maxLength: 3 },
  ),
  networkAcls: fc.array(
    fc.record({
      id: pool('acl'),
      name: fc.constant('n'),
      vpcId: pool('vpc'),
      isDefault: fc.boolean(),
      ingress: fc.array(naclEntry, { maxLength: 5 }),
      egress: fc.array(naclEntry, { maxLength: 5 }),
    }),
    { maxLength: 3 },
  ),
  routeTables: fc.array(
    fc.record({
      id: pool('rtb'),
      name: fc.constant('r'),
      vpcId: pool('vpc'),
      main: fc.boolean(),
      routes: fc.array(
        fc.record({
          destination: cidr,
          target: fc.constantFrom('local', 'igw-a', 'igw-b', 'nat-a', 'nat-b', 'pcx-a', 'vgw-a'),
          state: fc.constantFrom('active' as const, 'blackhole' as const),
        }),
        { maxLength: 4 },
      ),
    }),
    { maxLength: 3 },
  ),
  internetGateways: fc.array(
    fc.record({ id: pool('igw'), name: fc.constant('g'), vpcId: opt(pool('vpc')) }),
    { maxLength: 2 },
  ),
  natGateways: fc.array(
    fc.record({
      id: pool('nat'),
      name: fc.constant('n'),
      subnetId: pool('subnet'),
      state: fc.constantFrom('available' as const, 'failed' as const),
      publicIp: opt(ip4),
      privateIp: opt(ip4),
    }),
    { maxLength: 2 },
  ),
  peeringConnections: fc.array(
    fc.record({
      id: pool('pcx'),
      name: fc.constant('p'),
      requesterVpcId: pool('vpc'),
      accepterVpcId: pool('vpc'),
      status: fc.constantFrom('active' as const, 'failed' as const),
    }),
    { maxLength: 2 },
  ),
});

describe('validate on arbitrary scenarios', () => {
  it('never throws on a scenario that parses, and every finding is well formed', () => {
    const codes: ReadonlySet<string> = new Set(FINDING_CODES);
    fc.assert(
      fc.property(arbitraryScenario, (raw) => {
        const scenario = ScenarioSchema.parse(raw);
        const findings = validate(scenario);
        for (const f of findings) {
          expect(codes.has(f.code)).toBe(true);
          expect(f.resourceId).not.toBe('');
          expect(f.field).not.toBe('');
          expect(f.message).toMatch(/\.$/);
        }
        expect(validate(scenario)).toEqual(findings);
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the subnets that overlap an earlier-starting subnet of their VPC', () => {
    const subnets = fc.uniqueArray(fc.tuple(ip4, fc.integer({ min: 8, max: 28 })), {
      maxLength: 12,
      selector: ([ip, p]) => `${ip}/${p}`,
    });
    fc.assert(
      fc.property(subnets, (blocks) => {
        const s: Scenario = cleanScenario();
        s.instances = [];
        s.natGateways = [];
        s.subnets = blocks.map(([ip, prefix], n) => ({
          id: `subnet-p${n}`,
          name: 'p',
          vpcId: 'vpc-a',
          cidrBlock: `${ip}/${prefix}`,
          availabilityZone: 'us-east-1a',
        }));
        const ranges = s.subnets.map((x) => parseCidr(x.cidrBlock));
        const expected = s.subnets
          .filter((_, j) =>
            ranges.some((r, k) => {
              const own = ranges[j];
              if (k === j || !r || !own || r.family !== 4 || own.family !== 4) return false;
              const earlier = r.first < own.first || (r.first === own.first && k < j);
              return earlier && r.first <= own.last && own.first <= r.last;
            }),
          )
          .map((x) => x.id);
        const reported = pick(validate(s), 'subnet-overlap').map((f) => f.resourceId);
        expect([...reported].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the instances whose private IP an earlier instance of the VPC holds', () => {
    const lastOctets = fc.array(fc.integer({ min: 4, max: 12 }), { maxLength: 20 });
    fc.assert(
      fc.property(lastOctets, (octets) => {
        const s = cleanScenario();
        s.instances = octets.map((o, n) => ({
          id: `i-p${n}`,
          name: 'p',
          subnetId: 'subnet-aprivate',
          privateIp: `10.0.1.${o}`,
          securityGroupIds: ['sg-db', 'sg-web'],
        }));
        const expected = s.instances
          .filter((_, n) => octets.indexOf(octets[n] ?? -1) < n)
          .map((x) => x.id);
        const reported = pick(validate(s), 'duplicate-private-ip').map((f) => f.resourceId);
        expect(reported).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
