import { describe, expect, it } from 'vitest';
import { addVpc } from '../model/defaults.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { kindOf, scopedVpcIds, vpcIdOf } from './scope.ts';

const { scenario: twoVpcs, vpc: other } = addVpc(threeTierScenario, {
  cidrBlock: '10.9.0.0/16',
  ids: { vpc: 'vpc-b' },
});

describe('kindOf', () => {
  it('reads the kind from the AWS prefix', () => {
    expect(kindOf(ID.web1)).toBe('instance');
    expect(kindOf(ID.publicWeb)).toBe('subnet');
    expect(kindOf('host-1')).toBe('internetHost');
    expect(kindOf('pcx-1')).toBe('peeringConnection');
    expect(kindOf('what')).toBe('unknown');
  });
});

describe('vpcIdOf', () => {
  it('finds the VPC of anything inside one', () => {
    for (const id of [
      ID.vpc,
      ID.publicWeb,
      ID.web1,
      ID.nat,
      ID.igw,
      ID.sgWeb,
      ID.aclApp,
      ID.publicRtb,
    ]) {
      expect(vpcIdOf(threeTierScenario, id)).toBe(ID.vpc);
    }
  });

  it('is null for what lies outside every VPC or does not exist', () => {
    expect(vpcIdOf(threeTierScenario, 'host-1')).toBeNull();
    expect(vpcIdOf(threeTierScenario, 'i-gone')).toBeNull();
  });
});

describe('The editors list', () => {
  it("the selection's VPC", () => {
    expect(scopedVpcIds(twoVpcs, 'selection', [ID.web1])).toEqual([ID.vpc]);
  });

  it('every VPC when nothing (or nothing inside a VPC) is selected', () => {
    expect(scopedVpcIds(twoVpcs, 'selection', [])).toEqual([ID.vpc, other.id]);
    expect(scopedVpcIds(twoVpcs, 'selection', ['host-1'])).toEqual([ID.vpc, other.id]);
  });

  it('the VPC picked, or all when asked', () => {
    expect(scopedVpcIds(twoVpcs, { vpcId: other.id }, [ID.web1])).toEqual([other.id]);
    expect(scopedVpcIds(twoVpcs, 'all', [ID.web1])).toEqual([ID.vpc, other.id]);
  });

  it('every VPC when the one picked is gone', () => {
    expect(scopedVpcIds(twoVpcs, { vpcId: 'vpc-gone' }, [])).toEqual([ID.vpc, other.id]);
  });
});
