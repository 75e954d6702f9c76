import { describe, expect, it } from 'vitest';
import type { SecurityGroupRule } from '../types.ts';
import { cleanScenario, find, pick } from './fixtures.ts';
import { warning } from './finding.ts';
import { validate } from './index.ts';

// https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
describe('security groups open to the internet', () => {
  const withRule = (rule: SecurityGroupRule) => {
    const s = cleanScenario();
    find(s.securityGroups, 'sg-web').ingress.push(rule);
    return pick(validate(s), 'security-group-open-to-internet');
  };
  const world = (cidr = '0.0.0.0/0') => ({ kind: 'cidr' as const, cidr });

  it('warns about SSH open to 0.0.0.0/0', () => {
    expect(withRule({ protocol: 'tcp', portRange: { from: 22, to: 22 }, peer: world() })).toEqual([
      warning(
        'security-group-open-to-internet',
        'sg-web',
        'ingress[1]',
        'Security group sg-web allows SSH (TCP 22) from 0.0.0.0/0, the whole internet.',
      ),
    ]);
  });

  it('warns about RDP open to ::/0', () => {
    const rule = {
      protocol: 'tcp' as const,
      portRange: { from: 3389, to: 3389 },
      peer: world('::/0'),
    };
    expect(withRule(rule).map((f) => f.message)).toEqual([
      'Security group sg-web allows RDP (TCP 3389) from ::/0, the whole internet.',
    ]);
  });

  it('warns about a port range that includes both SSH and RDP', () => {
    const rule = { protocol: 6, portRange: { from: 20, to: 4000 }, peer: world() };
    expect(withRule(rule).map((f) => f.message)).toEqual([
      'Security group sg-web allows SSH (TCP 22) and RDP (TCP 3389) from 0.0.0.0/0, the whole internet.',
    ]);
  });

  it('warns about all traffic open to the internet', () => {
    expect(withRule({ protocol: 'all', peer: world() }).map((f) => f.message)).toEqual([
      'Security group sg-web allows all traffic from 0.0.0.0/0, the whole internet.',
    ]);
  });

  it('warns about every TCP port open to the internet', () => {
    const rule = { protocol: 'tcp' as const, portRange: { from: 0, to: 65535 }, peer: world() };
    expect(withRule(rule).map((f) => f.message)).toEqual([
      'Security group sg-web allows all TCP ports from 0.0.0.0/0, the whole internet.',
    ]);
  });

  it('does not warn about SSH from a narrower block, or HTTPS from anywhere', () => {
    const ssh = { protocol: 'tcp' as const, portRange: { from: 22, to: 22 } };
    expect(withRule({ ...ssh, peer: world('198.51.100.0/24') })).toEqual([]);
    expect(withRule({ ...ssh, peer: { kind: 'group', groupId: 'sg-db' } })).toEqual([]);
    expect(withRule({ protocol: 'udp', portRange: { from: 22, to: 22 }, peer: world() })).toEqual(
      [],
    );
  });

  it('does not warn about outbound rules', () => {
    const s = cleanScenario();
    find(s.securityGroups, 'sg-web').egress.push({
      protocol: 'tcp',
      portRange: { from: 22, to: 22 },
      peer: world(),
    });
    expect(pick(validate(s), 'security-group-open-to-internet')).toEqual([]);
  });
});

describe('unused security groups', () => {
  it('warns about a security group attached to no instance', () => {
    const s = cleanScenario();
    find(s.instances, 'i-db').securityGroupIds = ['sg-adefault'];
    expect(pick(validate(s), 'security-group-unused')).toEqual([
      warning(
        'security-group-unused',
        'sg-db',
        'id',
        'Security group sg-db (db) is attached to no network interface.',
      ),
    ]);
  });

  it('does not warn about a default group attached to nothing', () => {
    const s = cleanScenario();
    // sg-adefault is attached to no instance in the clean scenario.
    expect(pick(validate(s), 'security-group-unused')).toEqual([]);
  });
});
