import { describe, expect, it } from 'vitest';
import type { FlowSpec, Scenario } from '../model/types.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { evaluate } from './evaluate.ts';
import { evaluateAcrossPlacements } from './placements.ts';

/**
 * spec/ci-check.md, "Addresses unknown until apply": an RDS interface in a DB subnet group is
 * placed in the group's first subnet by address, "and every other subnet of the group is
 * evaluated too; the flow is `unknown` if they disagree". AWS picks the subnet when it creates
 * the instance (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets).
 */

const RDS = 'eni-0a1b2c3d4e5f6aa01';
const SG_VPC = 'sg-0a1b2c3d4e5f6aa01';

/** The three-tier scenario with an interface open to the VPC on 8080, in the db subnet. */
const scenario: Scenario = {
  ...threeTierScenario,
  securityGroups: [
    ...threeTierScenario.securityGroups,
    {
      id: SG_VPC,
      name: 'http-from-vpc',
      description: '',
      vpcId: ID.vpc,
      isDefault: false,
      ingress: [
        {
          protocol: 'tcp',
          portRange: { from: 8080, to: 8080 },
          peer: { kind: 'cidr', cidr: '10.0.0.0/16' },
        },
      ],
      egress: [],
    },
  ],
  networkInterfaces: [
    {
      id: RDS,
      name: 'orders',
      kind: 'rds',
      subnetId: ID.privateDb,
      privateIp: '10.0.3.50',
      secondaryPrivateIps: [],
      ipv6Addresses: [],
      securityGroupIds: [SG_VPC],
    },
  ],
};

const flow = (source: FlowSpec['source']): FlowSpec => ({
  source,
  destination: { interfaceId: RDS },
  protocol: 'tcp',
  port: 8080,
});

describe('evaluateAcrossPlacements', () => {
  it('is unknown when the subnets the interface may take disagree', () => {
    const f = flow({ instanceId: ID.web1 });
    const here = evaluate(scenario, f);
    // The db subnet's ACL admits only 5432 (threeTier.ts); the app subnet's admits 8080 from the
    // web tier: the same flow differs with the interface in the app subnet.
    const moved = {
      ...scenario,
      networkInterfaces: scenario.networkInterfaces.map((n) => ({
        ...n,
        subnetId: ID.privateApp,
        privateIp: '10.0.2.50',
      })),
    };
    expect(evaluate(moved, f).verdict).not.toBe(here.verdict);
    const trace = evaluateAcrossPlacements(scenario, f, here, {
      [RDS]: [{ subnetId: ID.privateApp, privateIp: '10.0.2.50' }],
    });
    expect(trace.verdict).toBe('unknown');
    expect(trace.blockedBy).toBeNull();
    expect(trace.warnings.at(-1)).toMatch(
      /AWS picks the subnet at apply, so the verdict is unknown$/,
    );
    expect(trace.hops).toBe(here.hops);
  });

  it('keeps the verdict, with a warning, when every placement agrees', () => {
    const f = flow({ instanceId: ID.app1 });
    const here = evaluate(scenario, f);
    const trace = evaluateAcrossPlacements(scenario, f, here, {
      [RDS]: [{ subnetId: ID.privateDb, privateIp: '10.0.3.60' }],
    });
    expect(trace.verdict).toBe(here.verdict);
    expect(trace.warnings.at(-1)).toMatch(/the verdict is the same in each$/);
  });

  it('leaves a flow that names no interface with placements as it is', () => {
    const f: FlowSpec = {
      source: { instanceId: ID.web1 },
      destination: { instanceId: ID.app1 },
      protocol: 'tcp',
      port: 8080,
    };
    const here = evaluate(scenario, f);
    expect(
      evaluateAcrossPlacements(scenario, f, here, {
        [RDS]: [{ subnetId: ID.privateApp, privateIp: '10.0.2.50' }],
      }),
    ).toBe(here);
  });
});
