import { describe, expect, it } from 'vitest';
import type { SecurityGroupRule } from '../types.ts';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors } from './fixtures.ts';
import { unwrap } from './result.ts';
import {
  addSgRule,
  attachSecurityGroup,
  createSecurityGroup,
  deleteSecurityGroup,
  detachSecurityGroup,
  presetOf,
  removeSgRule,
  renameSecurityGroup,
  setInstanceSecurityGroups,
  setSecurityGroupQuota,
  SG_PRESETS,
  updateSgRule,
} from './securityGroups.ts';

const anywhere = { kind: 'cidr', cidr: '0.0.0.0/0' } as const;
const https: SecurityGroupRule = {
  protocol: 'tcp',
  portRange: { from: 443, to: 443 },
  peer: anywhere,
};

describe('SG_PRESETS and presetOf', () => {
  it('offer the EC2 console’s rule types', () => {
    expect(SG_PRESETS.map((p) => p.id)).toEqual([
      'ssh',
      'http',
      'https',
      'mysql',
      'postgresql',
      'rdp',
      'dns-udp',
      'dns-tcp',
      'all-icmp',
      'all-icmpv6',
      'all-tcp',
      'all-udp',
      'all-traffic',
      'custom-tcp',
      'custom-udp',
    ]);
  });

  it('recognise every fixed preset from its own rule', () => {
    for (const preset of SG_PRESETS.filter((p) => !p.id.startsWith('custom-'))) {
      expect(presetOf({ ...preset, peer: anywhere } as SecurityGroupRule)).toBe(preset.id);
    }
  });

  it('read protocol numbers as their names, and anything else as custom', () => {
    expect(presetOf({ protocol: 6, portRange: { from: 22, to: 22 } })).toBe('ssh');
    expect(presetOf({ protocol: 'tcp', portRange: { from: 8080, to: 8080 } })).toBe('custom-tcp');
    expect(presetOf({ protocol: 'udp', portRange: { from: 500, to: 500 } })).toBe('custom-udp');
    expect(presetOf({ protocol: 'icmp' })).toBe('all-icmp');
    expect(presetOf({ protocol: 'icmp', icmpTypeCode: { type: 8, code: -1 } })).toBe('custom');
    expect(presetOf({ protocol: 47 })).toBe('custom');
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html
describe('createSecurityGroup', () => {
  it('creates a group with no inbound rules and all outbound', () => {
    const s = frozenScenario();
    const { scenario, group } = unwrap(createSecurityGroup(s, { vpcId: 'vpc-b', name: 'api' }));
    expect(group).toMatchObject({ name: 'api', description: 'api', vpcId: 'vpc-b', ingress: [] });
    expect(group.egress).toEqual([{ protocol: 'all', peer: anywhere }]);
    expect(scenario.securityGroups.slice(0, -1)).toEqual(s.securityGroups);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('refuses an empty name, one starting with sg-, and one the VPC already has', () => {
    const s = frozenScenario();
    const create = (name: string) => createSecurityGroup(s, { vpcId: 'vpc-a', name });
    expect(create('  ')).toEqual({ ok: false, error: 'A security group needs a name.' });
    expect(create('sg-web')).toEqual({
      ok: false,
      error:
        'Security group names cannot start with "sg-" (AWS keeps that for IDs); "sg-web" does.',
    });
    expect(create('WEB')).toEqual({
      ok: false,
      error: 'VPC vpc-a already has a security group named "web" (sg-web).',
    });
    expect(createSecurityGroup(s, { vpcId: 'vpc-b', name: 'web' }).ok).toBe(true);
  });
});

describe('renameSecurityGroup', () => {
  it('renames a group, refusing a taken name and the default group', () => {
    const s = frozenScenario();
    const next = unwrap(renameSecurityGroup(s, 'sg-web', 'frontend'));
    expect(find(next.securityGroups, 'sg-web').name).toBe('frontend');
    expect(renameSecurityGroup(s, 'sg-web', 'db')).toEqual({
      ok: false,
      error: 'VPC vpc-a already has a security group named "db" (sg-db).',
    });
    expect(renameSecurityGroup(s, 'sg-adefault', 'base')).toEqual({
      ok: false,
      error: 'A VPC\'s default security group is always named "default".',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/deleting-security-groups.html
describe('deleteSecurityGroup', () => {
  it('refuses a default group, a group in use, and a group another group names', () => {
    const s = frozenScenario();
    expect(deleteSecurityGroup(s, 'sg-adefault')).toEqual({
      ok: false,
      error: "A VPC's default security group cannot be deleted.",
    });
    expect(deleteSecurityGroup(s, 'sg-web')).toEqual({
      ok: false,
      error: 'Security group sg-web (web) is attached to i-web (web); detach it first.',
    });
    const unattached = unwrap(setInstanceSecurityGroups(s, 'i-web', ['sg-adefault']));
    expect(deleteSecurityGroup(unattached, 'sg-web')).toEqual({
      ok: false,
      error:
        'Security group sg-web (web) is named in rules of sg-db (db); remove those rules first.',
    });
  });

  it('deletes a group nothing uses', () => {
    const s = unwrap(
      createSecurityGroup(frozenScenario(), { vpcId: 'vpc-a', name: 'x', id: 'sg-x' }),
    ).scenario;
    const next = unwrap(deleteSecurityGroup(s, 'sg-x'));
    expect(next.securityGroups.map((g) => g.id)).not.toContain('sg-x');
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
describe('security group rules', () => {
  it('adds, updates and removes rules', () => {
    const s = frozenScenario();
    const added = unwrap(addSgRule(s, 'sg-db', 'ingress', https));
    expect(find(added.securityGroups, 'sg-db').ingress).toHaveLength(2);
    expect(find(added.securityGroups, 'sg-web')).toBe(find(s.securityGroups, 'sg-web'));
    const updated = unwrap(
      updateSgRule(added, 'sg-db', 'ingress', 1, { ...https, portRange: { from: 80, to: 80 } }),
    );
    expect(find(updated.securityGroups, 'sg-db').ingress[1]?.portRange).toEqual({
      from: 80,
      to: 80,
    });
    const removed = unwrap(removeSgRule(updated, 'sg-db', 'ingress', 1));
    expect(find(removed.securityGroups, 'sg-db')).toEqual(find(s.securityGroups, 'sg-db'));
  });

  it('drops the ports of a protocol that has none, as AWS stores it', () => {
    const all: SecurityGroupRule = {
      protocol: 'all',
      portRange: { from: 1, to: 2 },
      peer: anywhere,
    };
    const next = unwrap(
      addSgRule(frozenScenario(), 'sg-db', 'egress', {
        ...all,
        peer: { kind: 'cidr', cidr: '10.9.0.0/16' },
      }),
    );
    expect(find(next.securityGroups, 'sg-db').egress.at(-1)).toEqual({
      protocol: 'all',
      peer: { kind: 'cidr', cidr: '10.9.0.0/16' },
    });
  });

  it('refuses bad ports, ICMP codes, CIDRs and protocol numbers', () => {
    const s = frozenScenario();
    const add = (rule: SecurityGroupRule) => addSgRule(s, 'sg-db', 'ingress', rule);
    expect(add({ protocol: 'tcp', peer: anywhere })).toEqual({
      ok: false,
      error: 'This rule needs a port range: TCP rules match on ports.',
    });
    expect(add({ ...https, portRange: { from: 443, to: 70000 } })).toEqual({
      ok: false,
      error: 'This rule has port 70000, outside 0–65535.',
    });
    expect(add({ ...https, portRange: { from: 443, to: 80 } })).toEqual({
      ok: false,
      error: 'This rule has the port range 443–80, which starts above where it ends.',
    });
    expect(add({ protocol: 'icmp', icmpTypeCode: { type: -1, code: 4 }, peer: anywhere })).toEqual({
      ok: false,
      error: 'This rule has ICMP code 4 with every type (-1); a code needs a specific type.',
    });
    expect(add({ protocol: 300, peer: anywhere })).toEqual({
      ok: false,
      error: 'This rule has protocol number 300, outside 0–255.',
    });
    expect(add({ ...https, peer: { kind: 'cidr', cidr: '10.0.0.0/33' } })).toEqual({
      ok: false,
      error: '10.0.0.0/33 is not a valid IPv4 or IPv6 CIDR block.',
    });
  });

  it('refuses a peer group that does not exist or is neither in the VPC nor peered', () => {
    const s = frozenScenario();
    const from = (groupId: string) =>
      addSgRule(s, 'sg-db', 'ingress', { ...https, peer: { kind: 'group', groupId } });
    expect(from('sg-nope')).toEqual({ ok: false, error: 'Security group sg-nope does not exist.' });
    // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-security-groups.html
    expect(from('sg-bdefault').ok).toBe(true);
    const unpeered = { ...s, peeringConnections: [] };
    expect(
      addSgRule(unpeered, 'sg-db', 'ingress', {
        ...https,
        peer: { kind: 'group', groupId: 'sg-bdefault' },
      }),
    ).toEqual({
      ok: false,
      error:
        'Security group sg-bdefault belongs to vpc-b, which is neither vpc-a nor peered with it.',
    });
  });

  it('refuses an exact duplicate, as AWS does, but not the rule being updated', () => {
    const s = frozenScenario();
    expect(addSgRule(s, 'sg-web', 'ingress', { ...https, description: 'again' })).toEqual({
      ok: false,
      error: 'This rule already exists in sg-web.',
    });
    expect(addSgRule(s, 'sg-web', 'ingress', { ...https, protocol: 6 }).ok).toBe(false);
    expect(updateSgRule(s, 'sg-web', 'ingress', 0, https).ok).toBe(true);
  });

  it('refuses an index with no rule', () => {
    expect(removeSgRule(frozenScenario(), 'sg-web', 'egress', 4)).toEqual({
      ok: false,
      error: 'Security group sg-web has no outbound rule at index 4.',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
describe('attaching and detaching groups', () => {
  it('attaches a group of the instance’s VPC, and detaches it', () => {
    const s = frozenScenario();
    const attached = unwrap(attachSecurityGroup(s, 'i-web', 'sg-adefault'));
    expect(find(attached.instances, 'i-web').securityGroupIds).toEqual(['sg-web', 'sg-adefault']);
    expect(find(attached.instances, 'i-db')).toBe(find(s.instances, 'i-db'));
    const detached = unwrap(detachSecurityGroup(attached, 'i-web', 'sg-web'));
    expect(find(detached.instances, 'i-web').securityGroupIds).toEqual(['sg-adefault']);
  });

  it('refuses a group of another VPC, one already attached, and one past the quota', () => {
    const s = frozenScenario();
    expect(attachSecurityGroup(s, 'i-web', 'sg-bdefault')).toEqual({
      ok: false,
      error: 'Security group sg-bdefault belongs to vpc-b, but instance i-web is in vpc-a.',
    });
    expect(attachSecurityGroup(s, 'i-web', 'sg-web')).toEqual({
      ok: false,
      error: 'Security group sg-web is already attached to i-web.',
    });
    const tight = unwrap(setSecurityGroupQuota(s, 1));
    expect(attachSecurityGroup(tight, 'i-web', 'sg-db')).toEqual({
      ok: false,
      error:
        "An instance can carry at most 1 security groups (the scenario's quota); i-web already has 1.",
    });
  });

  it('refuses removing the last group: AWS requires one per interface', () => {
    expect(detachSecurityGroup(frozenScenario(), 'i-web', 'sg-web')).toEqual({
      ok: false,
      error:
        'i-web must keep at least one security group (AWS requires one per network interface).',
    });
    expect(detachSecurityGroup(frozenScenario(), 'i-web', 'sg-db')).toEqual({
      ok: false,
      error: 'Security group sg-db is not attached to i-web.',
    });
  });

  it('sets the quota from 1 to 16, never below what an instance carries', () => {
    const s = frozenScenario();
    expect(unwrap(setSecurityGroupQuota(s, 16)).quotas.securityGroupsPerInterface).toBe(16);
    expect(setSecurityGroupQuota(s, 17)).toEqual({
      ok: false,
      error:
        "The security group quota must be a whole number from 1 to 16 (AWS's maximum); 17 is not.",
    });
    const two = unwrap(attachSecurityGroup(s, 'i-web', 'sg-db'));
    expect(setSecurityGroupQuota(two, 1)).toEqual({
      ok: false,
      error: 'Instance i-web carries 2 security groups, so the quota cannot go below 2.',
    });
  });
});
