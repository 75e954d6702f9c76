import { describe, expect, it } from 'vitest';
import { SG_PRESETS } from '../../model/edit.ts';
import type { NaclEntry } from '../../model/types.ts';
import { entryFromPreset, STAR_RULE_TEXT, withAction, withCidr, withRuleNumber } from './entry.ts';

const entry: NaclEntry = { ruleNumber: 100, action: 'allow', protocol: 'all', cidr: '0.0.0.0/0' };

describe('An ACL entry row', () => {
  it('maps its controls onto the entry', () => {
    expect(withAction(entry, 'deny').action).toBe('deny');
    expect(withAction(entry, 'anything else').action).toBe('allow');
    expect(withCidr(entry, '10.0.0.0/8').cidr).toBe('10.0.0.0/8');
    expect(withRuleNumber(entry, 90).ruleNumber).toBe(90);
  });

  it('builds a new entry from the add form', () => {
    const http = SG_PRESETS.find((p) => p.id === 'http');
    if (!http) throw new Error('no HTTP preset');
    expect(entryFromPreset(http, 120, 'deny', '203.0.113.0/24')).toEqual({
      ruleNumber: 120,
      action: 'deny',
      cidr: '203.0.113.0/24',
      protocol: 'tcp',
      portRange: { from: 80, to: 80 },
    });
  });

  it("shows AWS's final * rules in AWS's words", () => {
    expect(STAR_RULE_TEXT.map((s) => s.text)).toEqual([
      '* · all traffic · 0.0.0.0/0 · deny',
      '* · all traffic · ::/0 · deny',
    ]);
  });
});
