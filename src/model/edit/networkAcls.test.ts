import { describe, expect, it } from 'vitest';
import type { NaclEntry, Scenario } from '../types.ts';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors } from './fixtures.ts';
import {
  addNaclEntry,
  associateNetworkAcl,
  createNetworkAcl,
  deleteNetworkAcl,
  moveNaclEntry,
  nextRuleNumber,
  removeNaclEntry,
  renameNetworkAcl,
  renumberNaclEntries,
  updateNaclEntry,
} from './networkAcls.ts';
import { unwrap } from './result.ts';

const entry = (ruleNumber: number, extra: Partial<NaclEntry> = {}): NaclEntry => ({
  ruleNumber,
  action: 'allow',
  protocol: 'tcp',
  portRange: { from: 22, to: 22 },
  cidr: '10.0.0.0/16',
  ...extra,
});

const numbers = (s: Scenario, direction: 'ingress' | 'egress' = 'ingress') =>
  find(s.networkAcls, 'acl-aprivate')[direction].map((e) => e.ruleNumber);

// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
describe('network ACLs as a whole', () => {
  it('creates an ACL with no entries, which denies everything', () => {
    const s = frozenScenario();
    const { scenario, acl } = unwrap(createNetworkAcl(s, { vpcId: 'vpc-b', name: 'locked' }));
    expect(acl).toMatchObject({ name: 'locked', vpcId: 'vpc-b', isDefault: false });
    expect([acl.ingress, acl.egress]).toEqual([[], []]);
    expect(newErrors(s, scenario)).toEqual([]);
    expect(createNetworkAcl(s, { vpcId: 'vpc-z', name: 'x' })).toEqual({
      ok: false,
      error: 'VPC vpc-z does not exist.',
    });
  });

  it('renames an ACL', () => {
    const next = unwrap(renameNetworkAcl(frozenScenario(), 'acl-aprivate', 'db'));
    expect(find(next.networkAcls, 'acl-aprivate').name).toBe('db');
  });

  it('deletes a custom ACL; its subnets fall back to the default ACL', () => {
    const s = frozenScenario();
    const next = unwrap(deleteNetworkAcl(s, 'acl-aprivate'));
    expect(next.networkAcls.map((a) => a.id)).not.toContain('acl-aprivate');
    expect(find(next.subnets, 'subnet-aprivate')).not.toHaveProperty('networkAclId');
    expect(find(next.subnets, 'subnet-b')).toBe(find(s.subnets, 'subnet-b'));
    expect(newErrors(s, next)).toEqual([]);
  });

  it('refuses deleting the default ACL', () => {
    expect(deleteNetworkAcl(frozenScenario(), 'acl-adefault')).toEqual({
      ok: false,
      error: "A VPC's default network ACL cannot be deleted.",
    });
  });

  it('associates a subnet with an ACL of its VPC, or back to the default with null', () => {
    const s = frozenScenario();
    const next = unwrap(associateNetworkAcl(s, 'subnet-apublic', 'acl-aprivate'));
    expect(find(next.subnets, 'subnet-apublic').networkAclId).toBe('acl-aprivate');
    const back = unwrap(associateNetworkAcl(next, 'subnet-apublic', null));
    expect(find(back.subnets, 'subnet-apublic')).toEqual(find(s.subnets, 'subnet-apublic'));
    expect(associateNetworkAcl(s, 'subnet-b', 'acl-aprivate')).toEqual({
      ok: false,
      error: 'Network ACL acl-aprivate belongs to vpc-a, but subnet subnet-b is in vpc-b.',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
describe('network ACL entries', () => {
  it('suggest the next multiple of 10, from 100, capped at 32766', () => {
    const acl = find(frozenScenario().networkAcls, 'acl-aprivate');
    expect(nextRuleNumber(acl, 'ingress')).toBe(210);
    expect(nextRuleNumber(acl, 'egress')).toBe(120);
    expect(nextRuleNumber({ ...acl, ingress: [] }, 'ingress')).toBe(100);
    expect(nextRuleNumber({ ...acl, ingress: [entry(5)] }, 'ingress')).toBe(100);
    expect(nextRuleNumber({ ...acl, ingress: [entry(32761)] }, 'ingress')).toBe(32766);
    expect(nextRuleNumber({ ...acl, ingress: [entry(32766)] }, 'ingress')).toBe(32765);
  });

  it('are added in number order, with fields the protocol ignores dropped', () => {
    const s = frozenScenario();
    const next = unwrap(
      addNaclEntry(
        s,
        'acl-aprivate',
        'ingress',
        entry(150, { protocol: 'all', icmpTypeCode: { type: 0, code: 0 } }),
      ),
    );
    expect(numbers(next)).toEqual([100, 150, 200]);
    expect(find(next.networkAcls, 'acl-aprivate').ingress[1]).toEqual({
      ruleNumber: 150,
      action: 'allow',
      protocol: 'all',
      cidr: '10.0.0.0/16',
    });
    expect(find(next.networkAcls, 'acl-adefault')).toBe(find(s.networkAcls, 'acl-adefault'));
  });

  it('refuse a number out of range or taken, naming it, and bad ports or CIDRs', () => {
    const s = frozenScenario();
    const add = (e: NaclEntry) => addNaclEntry(s, 'acl-aprivate', 'ingress', e);
    expect(add(entry(0))).toEqual({ ok: false, error: 'Rule number 0 is outside 1–32766.' });
    expect(add(entry(32767))).toEqual({
      ok: false,
      error: 'Rule number 32767 is outside 1–32766.',
    });
    expect(add(entry(100))).toEqual({
      ok: false,
      error: 'Network ACL acl-aprivate already has an inbound rule 100.',
    });
    expect(add(entry(150, { portRange: { from: 80, to: 22 } }))).toEqual({
      ok: false,
      error: 'Inbound rule 150 has the port range 80–22, which starts above where it ends.',
    });
    expect(add(entry(150, { protocol: 'udp', portRange: undefined }))).toEqual({
      ok: false,
      error: 'Inbound rule 150 needs a port range: UDP rules match on ports.',
    });
    expect(add(entry(150, { cidr: '300.0.0.0/8' }))).toEqual({
      ok: false,
      error: '300.0.0.0/8 is not a valid IPv4 or IPv6 CIDR block.',
    });
  });

  it('are updated in place or renumbered to a free number', () => {
    const s = frozenScenario();
    const denied = unwrap(
      updateNaclEntry(s, 'acl-aprivate', 'ingress', 100, entry(100, { action: 'deny' })),
    );
    expect(find(denied.networkAcls, 'acl-aprivate').ingress[0]?.action).toBe('deny');
    const moved = unwrap(updateNaclEntry(s, 'acl-aprivate', 'ingress', 100, entry(300)));
    expect(numbers(moved)).toEqual([200, 300]);
    expect(updateNaclEntry(s, 'acl-aprivate', 'ingress', 100, entry(200))).toEqual({
      ok: false,
      error: 'Network ACL acl-aprivate already has an inbound rule 200.',
    });
    expect(updateNaclEntry(s, 'acl-aprivate', 'egress', 150, entry(150))).toEqual({
      ok: false,
      error: 'Network ACL acl-aprivate has no outbound rule 150.',
    });
  });

  it('are removed by number', () => {
    const next = unwrap(removeNaclEntry(frozenScenario(), 'acl-aprivate', 'egress', 110));
    expect(numbers(next, 'egress')).toEqual([100]);
  });

  it('move one place in evaluation order by swapping numbers, refused at the ends', () => {
    const s = frozenScenario();
    const before = find(s.networkAcls, 'acl-aprivate').ingress;
    const next = unwrap(moveNaclEntry(s, 'acl-aprivate', 'ingress', 200, 'up'));
    const after = find(next.networkAcls, 'acl-aprivate').ingress;
    expect(after.map((e) => [e.ruleNumber, e.cidr])).toEqual([
      [100, before[1]?.cidr],
      [200, before[0]?.cidr],
    ]);
    expect(moveNaclEntry(s, 'acl-aprivate', 'ingress', 100, 'up')).toEqual({
      ok: false,
      error: 'Inbound rule 100 is already the first in network ACL acl-aprivate.',
    });
    expect(moveNaclEntry(s, 'acl-aprivate', 'egress', 110, 'down')).toEqual({
      ok: false,
      error: 'Outbound rule 110 is already the last in network ACL acl-aprivate.',
    });
  });

  it('renumber in their order, and refuse to run past 32766', () => {
    const s = frozenScenario();
    const next = unwrap(renumberNaclEntries(s, 'acl-aprivate', 'ingress', 10, 5));
    expect(numbers(next)).toEqual([10, 15]);
    expect(find(next.networkAcls, 'acl-aprivate').ingress[0]?.cidr).toBe('10.0.0.0/24');
    expect(unwrap(renumberNaclEntries(s, 'acl-aprivate', 'egress', 100, 10))).toBe(s);
    expect(renumberNaclEntries(s, 'acl-aprivate', 'ingress', 32000, 1000)).toEqual({
      ok: false,
      error:
        'Renumbering 2 inbound rules from 32000 in steps of 1000 would end at 33000, past 32766.',
    });
  });
});
