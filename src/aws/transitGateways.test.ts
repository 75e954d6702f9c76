import { describe, expect, it } from 'vitest';
import type { PrefixList } from '../model/types.ts';
import { transitFromAws, type TransitInput } from './transitGateways.ts';
import { ImportWarnings } from './warnings.ts';

const TGW = 'tgw-1';
const ctx = (lists: PrefixList[] = []) => ({
  vpcs: new Set(['vpc-a', 'vpc-b']),
  subnets: new Set(['subnet-a', 'subnet-b']),
  prefixLists: new Map(lists.map((l) => [l.id, l])),
});
const input = (over: Partial<TransitInput>): TransitInput => ({
  transitGateways: [{ TransitGatewayId: TGW }],
  attachments: [],
  vpcAttachments: undefined,
  routeTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayId: TGW }],
  routes: { 'tgw-rtb-1': [] },
  ...over,
});

// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayAttachment.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_TransitGatewayRoute.html
describe('transit gateways', () => {
  it('reads the camelCase states AWS prints, and the peering of another gateway as a peering attachment', () => {
    const warnings = new ImportWarnings();
    const { attachments } = transitFromAws(
      input({
        attachments: [
          {
            TransitGatewayAttachmentId: 'tgw-attach-p',
            TransitGatewayId: TGW,
            ResourceType: 'tgw-peering',
            ResourceId: 'tgw-2',
            State: 'pendingAcceptance',
          },
        ],
      }),
      ctx(),
      warnings,
    );
    expect(attachments[0]).toMatchObject({ resourceType: 'peering', state: 'pending-acceptance' });
    expect(warnings.scoped()[0]).toEqual({
      line: 'tgw-attach-p: tgw-peering attachment (tgw-2) of tgw-1 is not modelled: routes of the transit gateway to it make a flow unknown',
      scope: [TGW],
    });
  });

  it('a VPC attachment only describe-transit-gateway-vpc-attachments lists has no association, with a warning', () => {
    const warnings = new ImportWarnings();
    const { attachments } = transitFromAws(
      input({
        vpcAttachments: [
          {
            TransitGatewayAttachmentId: 'tgw-attach-a',
            TransitGatewayId: TGW,
            VpcId: 'vpc-a',
            SubnetIds: ['subnet-a'],
            Options: { SecurityGroupReferencingSupport: 'disable' },
          },
        ],
      }),
      ctx(),
      warnings,
    );
    expect(attachments).toEqual([
      {
        id: 'tgw-attach-a',
        name: 'tgw-attach-a',
        transitGatewayId: TGW,
        state: 'available',
        resourceType: 'vpc',
        vpcId: 'vpc-a',
        resourceId: 'vpc-a',
        subnetIds: ['subnet-a'],
        securityGroupReferencingSupport: false,
      },
    ]);
    expect(warnings.list()).toEqual([
      'tgw-attach-a: its association is not in the bundle (TransitGatewayAttachments); it is read as associated with no route table',
    ]);
  });

  it('routes: a prefix list becomes its entries, equal-cost paths keep the first, pending ones are left out', () => {
    const warnings = new ImportWarnings();
    const list: PrefixList = {
      id: 'pl-1',
      name: 'corp',
      addressFamily: 'IPv4',
      managedBy: 'customer',
      entries: [{ cidr: '192.0.2.0/24' }, { cidr: '198.51.100.0/24' }],
    };
    const attachment = (id: string) => ({ TransitGatewayAttachmentId: id });
    const { routeTables } = transitFromAws(
      input({
        attachments: [
          {
            TransitGatewayAttachmentId: 'tgw-attach-v1',
            TransitGatewayId: TGW,
            ResourceType: 'vpn',
          },
          {
            TransitGatewayAttachmentId: 'tgw-attach-v2',
            TransitGatewayId: TGW,
            ResourceType: 'vpn',
          },
        ],
        routes: {
          'tgw-rtb-1': [
            {
              PrefixListId: 'pl-1',
              TransitGatewayAttachments: [attachment('tgw-attach-v1')],
              Type: 'static',
              State: 'active',
            },
            {
              DestinationCidrBlock: '172.16.0.0/12',
              TransitGatewayAttachments: [attachment('tgw-attach-v1'), attachment('tgw-attach-v2')],
              Type: 'propagated',
              State: 'active',
            },
            { DestinationCidrBlock: '10.1.0.0/16', Type: 'static', State: 'pending' },
          ],
        },
      }),
      ctx([list]),
      warnings,
    );
    expect(routeTables[0]?.routes).toEqual([
      {
        destination: '192.0.2.0/24',
        attachmentId: 'tgw-attach-v1',
        state: 'active',
        type: 'static',
      },
      {
        destination: '198.51.100.0/24',
        attachmentId: 'tgw-attach-v1',
        state: 'active',
        type: 'static',
      },
      {
        destination: '172.16.0.0/12',
        attachmentId: 'tgw-attach-v1',
        state: 'active',
        type: 'propagated',
      },
    ]);
    // Propagations are VPC attachments' only (a VPN's routes are listed as they are).
    expect(routeTables[0]?.propagations).toEqual([]);
    expect(warnings.list()).toContain(
      'tgw-rtb-1: route 172.16.0.0/12 has 2 attachments (equal-cost paths); only tgw-attach-v1 is modelled',
    );
    expect(warnings.list()).toContain('tgw-rtb-1: route 10.1.0.0/16 is pending; it is left out');
  });

  it('a table whose routes were not collected is read as having none, with a warning', () => {
    const warnings = new ImportWarnings();
    transitFromAws(input({ routes: undefined }), ctx(), warnings);
    expect(warnings.list()).toEqual([
      'tgw-rtb-1: its routes are not in the bundle (TransitGatewayRoutes); it is read as having none',
    ]);
  });
});
