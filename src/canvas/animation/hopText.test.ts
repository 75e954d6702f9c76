import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../../scenarios/threeTier.ts';
import { hopHeadline, hopLabel, hopSentence, hopWhere, namesOf } from './hopText.ts';
import { hop } from './testScene.ts';

const names = namesOf(threeTierScenario);

describe('hop words', () => {
  it('labels a NACL hop with its rule number, and the final rule as *', () => {
    const allowed = hop('request', 'nacl-ingress', ID.aclDb, {
      subnetId: ID.privateDb,
      rule: { kind: 'nacl-entry', networkAclId: ID.aclDb, ruleNumber: 100, action: 'allow' },
    });
    expect(hopLabel(allowed, names)).toBe('NACL in · rule 100');
    expect(hopSentence(allowed, names)).toBe(
      'Request, NACL in at private-db: allowed by rule 100.',
    );

    const denied = hop('response', 'nacl-egress', ID.aclDb, {
      subnetId: ID.privateDb,
      verdict: 'deny',
      reason: 'No numbered rule matches.',
      rule: { kind: 'nacl-entry', networkAclId: ID.aclDb, ruleNumber: 32767, action: 'deny' },
    });
    expect(hopLabel(denied, names)).toBe('NACL out · rule *');
    expect(hopSentence(denied, names)).toBe(
      'Response, NACL out at private-db: blocked by rule *. No numbered rule matches.',
    );
  });

  it('says that no security group rule allowed a denied packet, at the instance', () => {
    const denied = hop('request', 'security-group-ingress', ID.db1, {
      verdict: 'deny',
      reason: "No inbound rule of db-1's security groups allows it.",
    });
    expect(hopLabel(denied, names)).toBe('SG in · no rule allows');
    expect(hopSentence(denied, names)).toBe(
      "Request, SG in at db-1: blocked. No inbound rule of db-1's security groups allows it.",
    );
  });

  it('names the group whose rule allowed, and the stateful pass of a response', () => {
    const rule = {
      kind: 'security-group-rule',
      groupId: ID.sgApp,
      index: 0,
      rule: {
        protocol: 'tcp',
        portRange: { from: 8080, to: 8080 },
        peer: { kind: 'group', groupId: ID.sgWeb },
      },
    } as const;
    expect(hopLabel(hop('request', 'security-group-ingress', ID.app1, { rule }), names)).toBe(
      'SG in · rule of app',
    );
    const stateful = hop('response', 'security-group-egress', ID.app1, {
      rule: { kind: 'security-group-stateful' },
    });
    expect(hopLabel(stateful, names)).toBe('SG out · stateful');
    expect(hopSentence(stateful, names)).toBe(
      'Response, SG out at app-1: allowed, security groups are stateful.',
    );
  });

  it('shows the route that matched, its target by name', () => {
    const route = hop('request', 'route', ID.privateRtb, {
      subnetId: ID.privateApp,
      rule: {
        kind: 'route',
        routeTableId: ID.privateRtb,
        route: { destination: '0.0.0.0/0', target: ID.nat, state: 'active' },
      },
    });
    expect(hopLabel(route, names)).toBe('Route · 0.0.0.0/0 → three-tier-nat');
    expect(hopHeadline(route, names)).toBe(
      'Request · Route at private-app · 0.0.0.0/0 → three-tier-nat',
    );
    expect(hopWhere(route, names)).toBe('request · table of private-app');
    expect(hopSentence(route, names)).toBe(
      'Request, Route at private-app: allowed by route 0.0.0.0/0 → three-tier-nat.',
    );
  });

  it('marks a skipped hop as not checked, and a gateway by its name', () => {
    const skipped = hop('request', 'nacl-egress', ID.aclApp, {
      subnetId: ID.privateApp,
      verdict: 'skip',
      reason: 'Both instances are in one subnet.',
    });
    expect(hopLabel(skipped, names)).toBe('NACL out · not checked');
    expect(hopSentence(hop('request', 'internet-gateway', ID.igw), names)).toBe(
      'Request, Internet gateway at three-tier-igw: allowed.',
    );
  });
});
