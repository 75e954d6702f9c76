import { describe, expect, it } from 'vitest';
import { parseCidr } from '../ip.ts';
import type { NaclEntry } from '../types.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error, warning } from './finding.ts';
import { validate } from './index.ts';
import { covers } from './nacl-cover.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
describe('network ACL entries', () => {
  const entry = (ruleNumber: number, rest: Partial<NaclEntry> = {}): NaclEntry => ({
    ruleNumber,
    action: 'allow',
    protocol: 'tcp',
    cidr: '0.0.0.0/0',
    ...rest,
  });

  it.each([0, 32767, -5])('reports the rule number %i as outside 1–32766', (ruleNumber) => {
    const s = cleanScenario();
    find(s.networkAcls, 'acl-aprivate').ingress.push(entry(ruleNumber, { cidr: '10.0.0.0/24' }));
    expect(pick(validate(s), 'nacl-rule-number-range')).toEqual([
      error(
        'nacl-rule-number-range',
        'acl-aprivate',
        'ingress[2].ruleNumber',
        `Rule number ${ruleNumber} in network ACL acl-aprivate is outside 1–32766.`,
      ),
    ]);
  });

  it('reports a rule number used twice in one direction', () => {
    const s = cleanScenario();
    const acl = find(s.networkAcls, 'acl-aprivate');
    acl.egress.push(entry(100, { cidr: '10.0.2.0/24', action: 'deny' }));
    expect(pick(validate(s), 'nacl-rule-number-duplicate')).toEqual([
      error(
        'nacl-rule-number-duplicate',
        'acl-aprivate',
        'egress[2].ruleNumber',
        'Rule number 100 appears more than once in the egress entries of network ACL acl-aprivate.',
      ),
    ]);
  });

  it('accepts the same rule number once for ingress and once for egress', () => {
    const s = cleanScenario();
    // The clean ACL already numbers rule 100 both ways.
    expect(pick(validate(s), 'nacl-rule-number-duplicate')).toEqual([]);
  });

  it('warns about an entry that an earlier entry covers entirely', () => {
    const s = cleanScenario();
    const acl = find(s.networkAcls, 'acl-aprivate');
    acl.ingress.push(
      entry(300, { action: 'deny', cidr: '198.51.100.0/24', portRange: { from: 2000, to: 3000 } }),
    );
    expect(pick(validate(s), 'nacl-entry-shadowed')).toEqual([
      warning(
        'nacl-entry-shadowed',
        'acl-aprivate',
        'ingress[2]',
        'Network ACL acl-aprivate ingress rule 300 (deny 198.51.100.0/24) can never match: rule 200 (allow 0.0.0.0/0) matches all its traffic first.',
      ),
    ]);
  });

  it('judges shadowing by rule number, not by position in the list', () => {
    const s = cleanScenario();
    const acl = find(s.networkAcls, 'acl-aprivate');
    acl.ingress.unshift(entry(50, { protocol: 'all', cidr: '10.0.0.0/16' }));
    const found = pick(validate(s), 'nacl-entry-shadowed');
    expect(found.map((f) => f.field)).toEqual(['ingress[1]']);
    expect(found[0]?.message).toContain('rule 100 (allow 10.0.0.0/24)');
    expect(found[0]?.message).toContain('rule 50 (allow 10.0.0.0/16)');
  });

  it('warns about every shadowed entry in the default ACL after an allow-all', () => {
    const s = cleanScenario();
    const acl = find(s.networkAcls, 'acl-adefault');
    acl.egress.push(entry(200, { action: 'deny', protocol: 'udp', cidr: '10.0.0.0/8' }));
    expect(pick(validate(s), 'nacl-entry-shadowed').map((f) => [f.resourceId, f.field])).toEqual([
      ['acl-adefault', 'egress[2]'],
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/default-network-acl.html
  it('reports a second default ACL in one VPC', () => {
    const s = cleanScenario();
    find(s.networkAcls, 'acl-aprivate').isDefault = true;
    expect(pick(validate(s), 'nacl-default-multiple')).toEqual([
      error(
        'nacl-default-multiple',
        'acl-aprivate',
        'isDefault',
        'Network ACL acl-aprivate is a second default ACL for VPC vpc-a, which already has acl-adefault.',
      ),
    ]);
  });
});

describe('when one network ACL entry covers another', () => {
  const cidr = (text: string) => parseCidr(text);
  const entry = (rest: Partial<NaclEntry>): NaclEntry => ({
    ruleNumber: 1,
    action: 'allow',
    protocol: 'tcp',
    cidr: '10.0.0.0/16',
    ...rest,
  });

  it('covers any protocol with protocol all', () => {
    expect(covers(entry({ protocol: 'all' }), entry({ protocol: 47 }), cidr)).toBe(true);
    expect(covers(entry({ protocol: 'tcp' }), entry({ protocol: 'all' }), cidr)).toBe(false);
  });

  it('treats a protocol name and its number as the same protocol', () => {
    expect(covers(entry({ protocol: 6 }), entry({ protocol: 'tcp' }), cidr)).toBe(true);
    expect(covers(entry({ protocol: 'udp' }), entry({ protocol: 'tcp' }), cidr)).toBe(false);
  });

  it('needs a wider or equal port range for TCP and UDP', () => {
    const wide = entry({ portRange: { from: 1000, to: 2000 } });
    expect(covers(wide, entry({ portRange: { from: 1000, to: 2000 } }), cidr)).toBe(true);
    expect(covers(wide, entry({ portRange: { from: 999, to: 1500 } }), cidr)).toBe(false);
    expect(covers(wide, entry({}), cidr)).toBe(false);
    expect(covers(entry({}), entry({ portRange: { from: 22, to: 22 } }), cidr)).toBe(true);
  });

  it('ignores ports for protocols without ports', () => {
    const gre = entry({ protocol: 47, portRange: { from: 1, to: 1 } });
    expect(covers(gre, entry({ protocol: 47, portRange: { from: 5, to: 9 } }), cidr)).toBe(true);
  });

  it('needs the ICMP type and code to cover', () => {
    const icmp = (type: number, code: number) =>
      entry({ protocol: 'icmp', icmpTypeCode: { type, code } });
    expect(covers(icmp(-1, -1), icmp(8, 0), cidr)).toBe(true);
    expect(covers(icmp(8, -1), icmp(8, 0), cidr)).toBe(true);
    expect(covers(icmp(8, 0), icmp(8, -1), cidr)).toBe(false);
    expect(covers(icmp(3, -1), icmp(8, 0), cidr)).toBe(false);
  });

  it('needs a containing CIDR of the same family', () => {
    expect(covers(entry({ cidr: '10.0.0.0/8' }), entry({ cidr: '10.0.0.0/16' }), cidr)).toBe(true);
    expect(covers(entry({ cidr: '10.0.0.0/24' }), entry({ cidr: '10.0.0.0/16' }), cidr)).toBe(
      false,
    );
    expect(covers(entry({ cidr: '0.0.0.0/0' }), entry({ cidr: '::/0' }), cidr)).toBe(false);
  });
});
