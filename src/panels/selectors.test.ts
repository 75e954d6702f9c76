import { beforeEach, describe, expect, it } from 'vitest';
import { addPeeringConnection, createSecurityGroup, unwrap } from '../model/edit.ts';
import { addVpc } from '../model/defaults.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { loadScenario, useStore } from '../store/index.ts';
import {
  nameAndId,
  selectPeerGroupIds,
  selectRouteTargetTexts,
  selectSubnetsUsingAcl,
  selectSubnetsUsingTable,
} from './selectors.ts';

const state = () => useStore.getState();

describe('The panel selectors', () => {
  beforeEach(() => loadScenario(threeTierScenario));

  it('count a default ACL and a main table for the subnets without an association', () => {
    expect(selectSubnetsUsingAcl(state(), ID.defaultAcl)).toEqual(['public-web']);
    expect(selectSubnetsUsingAcl(state(), ID.aclApp)).toEqual(['private-app']);
    expect(selectSubnetsUsingTable(state(), ID.mainRtb)).toEqual([]);
    expect(selectSubnetsUsingTable(state(), ID.privateRtb)).toEqual(['private-app', 'private-db']);
  });

  it('name route targets first, then say what they are', () => {
    expect(selectRouteTargetTexts(state(), ID.publicRtb)).toEqual([
      'three-tier-igw · internet gateway',
      'three-tier-nat · NAT gateway',
    ]);
  });

  it('offer as peers the groups of the VPC and of VPCs peered with it', () => {
    const { scenario: two, vpc } = addVpc(threeTierScenario, {
      cidrBlock: '10.9.0.0/16',
      ids: { vpc: 'vpc-b', securityGroup: 'sg-b0' },
    });
    const withGroup = unwrap(createSecurityGroup(two, { vpcId: vpc.id, name: 'far', id: 'sg-b1' }));
    loadScenario(withGroup.scenario);
    expect(selectPeerGroupIds(state(), ID.sgWeb)).not.toContain('sg-b1');
    const peered = unwrap(
      addPeeringConnection(withGroup.scenario, { requesterVpcId: ID.vpc, accepterVpcId: vpc.id }),
    );
    loadScenario(peered.scenario);
    expect(selectPeerGroupIds(state(), ID.sgWeb)).toEqual(
      expect.arrayContaining([ID.sgWeb, ID.defaultSg, 'sg-b0', 'sg-b1']),
    );
  });

  it('show a name with its ID, or the ID alone', () => {
    expect(nameAndId({ id: 'sg-1', name: 'web' }, 'sg-1')).toBe('web (sg-1)');
    expect(nameAndId({ id: 'sg-1', name: '' }, 'sg-1')).toBe('sg-1');
    expect(nameAndId(undefined, 'sg-1')).toBe('sg-1');
  });
});
