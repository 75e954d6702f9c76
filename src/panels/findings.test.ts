import { describe, expect, it } from 'vitest';
import type { Finding } from '../model/validate.ts';
import { fieldMatches, findingsFor, worstSeverity } from './findings.ts';

const finding = (
  resourceId: string,
  field: string,
  severity: Finding['severity'] = 'error',
): Finding => ({
  severity,
  code: 'subnet-size',
  resourceId,
  field,
  message: `${resourceId} ${field}`,
});

describe('A field shows the findings', () => {
  it('on its own path', () => {
    expect(fieldMatches('cidrBlock', 'cidrBlock')).toBe(true);
  });

  it('on paths under it, after a dot or a bracket', () => {
    expect(fieldMatches('ingress[2].cidr', 'ingress[2]')).toBe(true);
    expect(fieldMatches('ingress[2].peer.groupId', 'ingress')).toBe(true);
    expect(fieldMatches('cidrBlocks[1]', 'cidrBlocks')).toBe(true);
  });

  it('but not on a sibling that merely starts with the same letters', () => {
    expect(fieldMatches('ingress[12]', 'ingress[1]')).toBe(false);
    expect(fieldMatches('cidrBlocks[0]', 'cidrBlock')).toBe(false);
    expect(fieldMatches('ipv6CidrBlock', 'cidrBlock')).toBe(false);
  });
});

describe('findingsFor', () => {
  const all = [
    finding('subnet-a', 'cidrBlock'),
    finding('subnet-b', 'cidrBlock'),
    finding('subnet-a', 'ipv6CidrBlock', 'warning'),
  ];

  it('keeps one resource, and one field of it when given', () => {
    expect(findingsFor(all, 'subnet-a')).toHaveLength(2);
    expect(findingsFor(all, 'subnet-a', 'cidrBlock')).toEqual([all[0]]);
    expect(findingsFor(all, 'subnet-c')).toEqual([]);
  });

  it('ranks errors above warnings for a badge', () => {
    expect(worstSeverity(all)).toBe('error');
    expect(worstSeverity([all[2] as Finding])).toBe('warning');
    expect(worstSeverity([])).toBeNull();
  });
});
