import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../scenarios/index.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { parseScenarioFile, toScenarioFile } from './envelope.ts';
import { danglingReferences } from './references.ts';
import { ScenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';

const parse = (scenario: Scenario) =>
  parseScenarioFile(JSON.parse(JSON.stringify(toScenarioFile(scenario))));

describe('dangling references', () => {
  it('refuses a subnet of a missing VPC, naming its JSON path', () => {
    const s = threeTierScenario;
    const result = parse({
      ...s,
      subnets: s.subnets.map((sn, i) => (i === 2 ? { ...sn, vpcId: 'vpc-gone' } : sn)),
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'scenario.subnets[2].vpcId',
          message: `subnet ${s.subnets[2]?.id} is in VPC "vpc-gone", which is not in the scenario`,
        },
      ],
    });
  });

  it('names every kind of reference a scenario cannot stand without', () => {
    const s = threeTierScenario;
    const withoutVpc = danglingReferences({ ...s, vpcs: [] }).map((issue) => issue.path);
    expect(withoutVpc).toEqual(
      expect.arrayContaining([
        'scenario.subnets[0].vpcId',
        'scenario.securityGroups[0].vpcId',
        'scenario.networkAcls[0].vpcId',
        'scenario.routeTables[0].vpcId',
        'scenario.internetGateways[0].vpcId',
      ]),
    );
    const [first] = s.instances;
    const [flow] = s.flows;
    const paths = danglingReferences({
      ...s,
      instances: first
        ? [{ ...first, subnetId: 'subnet-gone', securityGroupIds: ['sg-gone'] }]
        : [],
      natGateways: s.natGateways.map((n) => ({ ...n, subnetId: 'subnet-gone' })),
      subnets: s.subnets.map((sn) => ({
        ...sn,
        networkAclId: 'acl-gone',
        routeTableId: 'rtb-gone',
      })),
      flows: flow ? [{ ...flow, source: { instanceId: 'i-gone' } }] : [],
    }).map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'scenario.subnets[0].networkAclId',
        'scenario.subnets[0].routeTableId',
        'scenario.instances[0].subnetId',
        'scenario.natGateways[0].subnetId',
        'scenario.flows[0].source.instanceId',
      ]),
    );
  });

  it('names the references of version 2: interfaces, endpoints, transit gateways, flows', () => {
    const s = threeTierScenario;
    const vpcId = s.vpcs[0]?.id ?? '';
    const v2 = ScenarioSchema.parse({
      ...s,
      networkInterfaces: [
        {
          id: 'eni-0aa',
          name: 'extra',
          kind: 'other',
          subnetId: 'subnet-gone',
          attachment: { instanceId: 'i-gone', deviceIndex: 1 },
        },
      ],
      vpcEndpoints: [
        {
          id: 'vpce-0aa',
          name: 's3',
          vpcId: 'vpc-gone',
          type: 'gateway',
          serviceName: 'com.amazonaws.us-east-1.s3',
          routeTableIds: ['rtb-gone'],
        },
      ],
      egressOnlyInternetGateways: [{ id: 'eigw-0aa', name: 'eigw', vpcId: 'vpc-gone' }],
      transitGatewayAttachments: [
        {
          id: 'tgw-attach-0aa',
          name: 'a',
          transitGatewayId: 'tgw-gone',
          resourceType: 'vpc',
          vpcId,
          subnetIds: ['subnet-gone'],
        },
      ],
      transitGatewayRouteTables: [{ id: 'tgw-rtb-0aa', name: 't', transitGatewayId: 'tgw-gone' }],
      flows: [
        {
          id: 'f1',
          name: 'to eni',
          source: { address: '203.0.113.50' },
          destination: { interfaceId: 'eni-gone' },
          protocol: 'tcp',
          port: 443,
        },
      ],
    });
    expect(danglingReferences(v2).map((issue) => issue.path)).toEqual([
      'scenario.networkInterfaces[0].subnetId',
      'scenario.networkInterfaces[0].attachment.instanceId',
      'scenario.vpcEndpoints[0].vpcId',
      'scenario.vpcEndpoints[0].routeTableIds[0]',
      'scenario.egressOnlyInternetGateways[0].vpcId',
      'scenario.transitGatewayAttachments[0].transitGatewayId',
      'scenario.transitGatewayAttachments[0].subnetIds[0]',
      'scenario.transitGatewayRouteTables[0].transitGatewayId',
      'scenario.flows[0].destination.interfaceId',
    ]);
  });

  it('says twenty at most, as many as the schema issues', () => {
    const s = threeTierScenario;
    const many = Array.from({ length: 30 }, (_, k) => ({
      ...s.subnets[0]!,
      id: `subnet-${k}`,
      vpcId: 'vpc-gone',
    }));
    expect(danglingReferences({ ...s, subnets: many })).toHaveLength(20);
  });

  it("takes groups that are not in the scenario: another account's, or undescribed", () => {
    const s = threeTierScenario;
    const result = parse({
      ...s,
      instances: s.instances.map((i) => ({ ...i, securityGroupIds: ['sg-0undescribed'] })),
      securityGroups: s.securityGroups.map((g) =>
        g.id === ID.sgDb
          ? {
              ...g,
              ingress: [
                {
                  protocol: 'tcp',
                  portRange: { from: 5432, to: 5432 },
                  peer: { kind: 'group', groupId: 'sg-0other0account' },
                },
              ],
            }
          : g,
      ),
    });
    expect(result.ok).toBe(true);
  });

  it('finds none in the built-in scenarios and challenges', () => {
    for (const built of [...builtInScenarios, ...builtInChallenges]) {
      expect(danglingReferences(built.scenario), built.id).toEqual([]);
    }
  });
});
