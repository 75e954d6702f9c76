import { describe, expect, it } from 'vitest';
import { SG_PRESETS } from '../../model/edit.ts';
import {
  FIRST_OTHER_PROTOCOL,
  matchKind,
  parseWhole,
  portsText,
  protocolChoice,
  withPreset,
  withProtocol,
} from './match.ts';

const preset = (id: string) => {
  const found = SG_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};

describe('The protocol select', () => {
  it('names protocol numbers it knows and keeps others as numbers', () => {
    expect(protocolChoice(6)).toBe('tcp');
    expect(protocolChoice('icmpv6')).toBe('icmpv6');
    expect(protocolChoice(47)).toBe('number');
  });

  it('shows ports for TCP and UDP, type and code for ICMP, nothing else otherwise', () => {
    expect(matchKind('udp')).toBe('ports');
    expect(matchKind(1)).toBe('icmp');
    expect(matchKind('all')).toBe('none');
  });

  it('keeps ports from TCP to UDP', () => {
    const rule = { protocol: 'tcp' as const, portRange: { from: 22, to: 22 } };
    expect(withProtocol(rule, 'udp')).toEqual({ protocol: 'udp', portRange: { from: 22, to: 22 } });
  });

  it('gives all ports, or every ICMP type, to a rule that had none', () => {
    expect(withProtocol({ protocol: 'all' }, 'tcp')).toEqual({
      protocol: 'tcp',
      portRange: { from: 0, to: 65535 },
    });
    expect(withProtocol({ protocol: 'all' }, 'icmp')).toEqual({
      protocol: 'icmp',
      icmpTypeCode: { type: -1, code: -1 },
    });
  });

  it('drops ports for a protocol that has none, and starts "Number…" at GRE', () => {
    const rule = { protocol: 'tcp' as const, portRange: { from: 22, to: 22 }, extra: 1 };
    expect(withProtocol(rule, 'all')).toEqual({ protocol: 'all', extra: 1 });
    expect(withProtocol(rule, 'number')).toEqual({ protocol: FIRST_OTHER_PROTOCOL, extra: 1 });
    expect(withProtocol({ protocol: 50 }, 'number')).toEqual({ protocol: 50 });
  });
});

describe('A preset', () => {
  const ssh = { protocol: 'tcp' as const, portRange: { from: 22, to: 22 }, cidr: '10.0.0.0/8' };

  it('sets protocol and ports and keeps the rest of the rule', () => {
    expect(withPreset(ssh, preset('https'))).toEqual({ ...ssh, portRange: { from: 443, to: 443 } });
    expect(withPreset(ssh, preset('all-icmp'))).toEqual({
      protocol: 'icmp',
      icmpTypeCode: { type: -1, code: -1 },
      cidr: '10.0.0.0/8',
    });
    expect(withPreset(ssh, preset('all-traffic'))).toEqual({ protocol: 'all', cidr: '10.0.0.0/8' });
  });

  it('Custom TCP keeps the ports being edited', () => {
    expect(withPreset({ ...ssh, protocol: 'udp' }, preset('custom-tcp'))).toEqual(ssh);
  });
});

describe('parseWhole', () => {
  it('reads whole numbers, negative ones too (ICMP -1)', () => {
    expect(parseWhole(' 443 ')).toEqual({ ok: true, value: 443 });
    expect(parseWhole('-1')).toEqual({ ok: true, value: -1 });
  });

  it('names what is not a whole number', () => {
    expect(parseWhole('44x')).toEqual({ ok: false, error: '"44x" is not a whole number.' });
    expect(parseWhole('')).toEqual({ ok: false, error: '"" is not a whole number.' });
    expect(parseWhole('4.5').ok).toBe(false);
  });
});

describe('portsText', () => {
  it('reads as people say it', () => {
    expect(portsText({ from: 443, to: 443 })).toBe('443');
    expect(portsText({ from: 1024, to: 65535 })).toBe('1024–65535');
    expect(portsText(undefined)).toBe('all');
  });
});
