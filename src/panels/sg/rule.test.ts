import { describe, expect, it } from 'vitest';
import { SG_PRESETS } from '../../model/edit.ts';
import type { SecurityGroupRule } from '../../model/types.ts';
import {
  ruleFromPreset,
  withDescription,
  withPeerCidr,
  withPeerGroup,
  withPeerKind,
  withPeerPrefixList,
} from './rule.ts';

const https: SecurityGroupRule = {
  protocol: 'tcp',
  portRange: { from: 443, to: 443 },
  peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
};

describe('A rule row', () => {
  it('switches its peer to a group (its own group first) and back to anywhere', () => {
    const toGroup = withPeerKind(https, 'group', 'sg-self');
    expect(toGroup.peer).toEqual({ kind: 'group', groupId: 'sg-self' });
    expect(withPeerKind(toGroup, 'cidr', 'sg-self').peer).toEqual({
      kind: 'cidr',
      cidr: '0.0.0.0/0',
    });
    expect(withPeerKind(https, 'cidr', 'sg-self')).toBe(https);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (prefix lists)
  it('switches its peer to a prefix list (the first offered) and to another one', () => {
    const toList = withPeerKind(https, 'prefixList', 'sg-self', 'pl-s3');
    expect(toList.peer).toEqual({ kind: 'prefixList', prefixListId: 'pl-s3' });
    expect(withPeerPrefixList(toList, 'pl-office').peer).toEqual({
      kind: 'prefixList',
      prefixListId: 'pl-office',
    });
  });

  it('takes the CIDR or group as given (the model judges it)', () => {
    expect(withPeerCidr(https, '10.0.0.0/33').peer).toEqual({ kind: 'cidr', cidr: '10.0.0.0/33' });
    expect(withPeerGroup(https, 'sg-app').peer).toEqual({ kind: 'group', groupId: 'sg-app' });
  });

  it('drops an emptied description', () => {
    const described = withDescription(https, 'from anywhere');
    expect(described.description).toBe('from anywhere');
    expect('description' in withDescription(described, '  ')).toBe(false);
  });

  it('builds a new rule from a preset and a CIDR', () => {
    const https443 = SG_PRESETS.find((p) => p.id === 'https');
    if (!https443) throw new Error('no HTTPS preset');
    expect(ruleFromPreset(https443, '0.0.0.0/0')).toEqual(https);
  });
});
