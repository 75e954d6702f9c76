import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../model/schema.ts';
import type { Scenario } from '../../model/types.ts';
import { importTerraform, type TerraformImport } from './importTerraform.ts';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8'));

function imported(input: unknown, before = false): TerraformImport {
  const result = importTerraform(input, { before });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(ScenarioSchema.parse(result.value.scenario)).toEqual(result.value.scenario);
  return result.value;
}

const idOf = (s: Scenario, address: string) =>
  Object.entries(s.terraform?.addresses ?? {}).find(([, a]) => a === address)?.[0] as string;

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html: "You can associate an
// Elastic IP address with each private IPv4 address"; the primary's public address is not touched.
describe('an Elastic IP on a secondary private address', () => {
  for (const before of [false, true]) {
    const { scenario: s, warnings } = imported(load('eip-secondary.plan.json'), before);
    const view = before ? 'prior_state' : 'planned_values';

    it(`aws_eip associate_with_private_ip goes to that secondary address of the instance (${view})`, () => {
      const app = s.instances.find((i) => i.id === idOf(s, 'aws_instance.app'));
      expect(app?.privateIp).toBe('10.40.1.10');
      expect(app?.publicIp).toBeUndefined();
      expect(app?.secondaryPrivateIps).toEqual([
        { address: '10.40.1.20', publicIp: '198.51.100.20' },
      ]);
    });

    it(`aws_eip_association private_ip_address goes to the interface's secondary address, once (${view})`, () => {
      const eni = s.networkInterfaces.find((n) => n.id === idOf(s, 'aws_network_interface.extra'));
      expect(eni).toMatchObject({ privateIp: '10.40.1.30' });
      expect(eni?.publicIp).toBeUndefined();
      expect(eni?.secondaryPrivateIps).toEqual([
        { address: '10.40.1.31', publicIp: '198.51.100.31' },
      ]);
      expect(warnings.filter((w) => w.includes('eip'))).toEqual([]);
    });
  }
});

// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html: "By default, transit gateway
// attachments are associated with the default transit gateway route table" and propagate to it
// (default_route_table_association / _propagation "enable", the provider's defaults).
describe('a transit gateway whose attachments rely on its default route table', () => {
  const { scenario: s } = imported(load('tgw-default-table.plan.json'));
  const app = idOf(s, 'aws_ec2_transit_gateway_vpc_attachment.app');
  const shared = idOf(s, 'aws_ec2_transit_gateway_vpc_attachment.shared');

  it('gets a default route table that both attachments are associated with and propagate to', () => {
    const [tgw] = s.transitGateways;
    expect(s.transitGatewayRouteTables).toHaveLength(1);
    const [table] = s.transitGatewayRouteTables;
    expect(tgw?.associationDefaultRouteTableId).toBe(table?.id);
    expect(tgw?.propagationDefaultRouteTableId).toBe(table?.id);
    expect([...(table?.propagations ?? [])].sort()).toEqual([app, shared].sort());
    for (const a of s.transitGatewayAttachments) {
      expect(a.associatedRouteTableId).toBe(table?.id);
    }
  });
});
