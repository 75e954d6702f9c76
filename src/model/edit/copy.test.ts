import { describe, expect, it } from 'vitest';
import { find } from '../validate/fixtures.ts';
import { duplicateResources } from './copy.ts';
import { frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import { unwrap } from './result.ts';

describe('duplicateResources', () => {
  it('copies an instance into its subnet at a new address, with its groups', () => {
    const s = frozenScenario();
    const before = structuredClone(s);
    const { scenario, idMap } = unwrap(duplicateResources(s, ['i-web']));
    const copy = find(scenario.instances, idMap['i-web'] ?? '');
    expect(copy).toEqual({
      id: idMap['i-web'],
      name: 'web copy',
      subnetId: 'subnet-apublic',
      privateIp: '10.0.0.4',
      publicIp: '198.51.100.1',
      securityGroupIds: ['sg-web'],
    });
    expect(copy.id).toMatch(/^i-[0-9a-f]{17}$/);
    expect(s).toEqual(before);
    expect(scenario.subnets).toBe(s.subnets);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('copies a subnet into the next free block of its VPC, with its instances', () => {
    const s = frozenScenario();
    const { scenario, idMap } = unwrap(duplicateResources(s, ['subnet-aprivate']));
    expect(find(scenario.subnets, idMap['subnet-aprivate'] ?? '')).toMatchObject({
      name: 'private copy',
      vpcId: 'vpc-a',
      cidrBlock: '10.0.2.0/24',
      networkAclId: 'acl-aprivate',
    });
    expect(find(scenario.instances, idMap['i-db'] ?? '')).toMatchObject({
      name: 'db',
      privateIp: '10.0.2.4',
      securityGroupIds: ['sg-db'],
    });
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('copies a group under a new name; a rule naming the group names the copy', () => {
    const s = frozenScenario();
    const once = unwrap(duplicateResources(s, ['sg-web', 'sg-adefault']));
    const copy = find(once.scenario.securityGroups, once.idMap['sg-web'] ?? '');
    expect(copy).toMatchObject({ name: 'web-copy', vpcId: 'vpc-a', isDefault: false });
    expect(copy.ingress).toEqual(find(s.securityGroups, 'sg-web').ingress);
    const base = find(once.scenario.securityGroups, once.idMap['sg-adefault'] ?? '');
    expect(base).toMatchObject({ name: 'default-copy', isDefault: false });
    expect(base.ingress[0]?.peer).toEqual({ kind: 'group', groupId: base.id });
    const twice = unwrap(duplicateResources(once.scenario, ['sg-web']));
    expect(find(twice.scenario.securityGroups, twice.idMap['sg-web'] ?? '').name).toBe(
      'web-copy-2',
    );
  });

  it('copies a whole VPC into the first free 10.N.0.0/16, keeping every offset and reference', () => {
    const s = frozenScenario();
    const { scenario, idMap } = unwrap(duplicateResources(s, ['vpc-a', 'subnet-apublic', 'nat-a']));
    const id = (old: string) => idMap[old] ?? `missing ${old}`;
    expect(find(scenario.vpcs, id('vpc-a'))).toEqual({
      id: id('vpc-a'),
      name: 'vpc copy',
      cidrBlocks: ['10.2.0.0/16'],
    });
    expect(scenario.subnets).toHaveLength(s.subnets.length + 2);
    expect(find(scenario.subnets, id('subnet-apublic'))).toEqual({
      id: id('subnet-apublic'),
      name: 'public',
      vpcId: id('vpc-a'),
      cidrBlock: '10.2.0.0/24',
      availabilityZone: 'us-east-1a',
      routeTableId: id('rtb-apublic'),
    });
    expect(find(scenario.subnets, id('subnet-aprivate')).networkAclId).toBe(id('acl-aprivate'));
    expect(find(scenario.instances, id('i-web'))).toEqual({
      id: id('i-web'),
      name: 'web',
      subnetId: id('subnet-apublic'),
      privateIp: '10.2.0.10',
      publicIp: '198.51.100.1',
      securityGroupIds: [id('sg-web')],
    });
    expect(find(scenario.natGateways, id('nat-a'))).toMatchObject({
      privateIp: '10.2.0.5',
      publicIp: '198.51.100.2',
    });
    expect(find(scenario.internetGateways, id('igw-a')).vpcId).toBe(id('vpc-a'));
    expect(find(scenario.routeTables, id('rtb-amain')).routes).toEqual([
      { destination: '10.2.0.0/16', target: 'local', state: 'active' },
      { destination: '0.0.0.0/0', target: id('nat-a'), state: 'active' },
    ]);
    expect(find(scenario.securityGroups, id('sg-db')).ingress[0]?.peer).toEqual({
      kind: 'group',
      groupId: id('sg-web'),
    });
    expect(find(scenario.securityGroups, id('sg-adefault'))).toMatchObject({ isDefault: true });
    expect(schemaValid(scenario)).toBe(true);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('refuses what does not exist and what is copied only with its VPC', () => {
    const s = frozenScenario();
    expect(duplicateResources(s, ['i-zz'])).toEqual({ ok: false, error: 'i-zz does not exist.' });
    expect(duplicateResources(s, ['nat-a'])).toEqual({
      ok: false,
      error:
        'nat-a cannot be duplicated on its own: only VPCs, subnets, instances and security groups can.',
    });
  });
});
