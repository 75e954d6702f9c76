import { beforeEach, describe, expect, it } from 'vitest';
import { addVpc } from '../../model/defaults.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import {
  addAclEntry,
  attachGroup,
  createGroup,
  deleteGroup,
  editSubnet,
  endFieldSession,
  loadScenario,
  moveAclEntry,
  peerVpcs,
  setInstancePublicIp,
  undo,
  useStore,
} from '../index.ts';

const state = () => useStore.getState().scenario;
const subnet = (id: string) => state().subnets.find((s) => s.id === id);
const pastSteps = () => useStore.temporal.getState().pastStates.length;

describe('The panel edits', () => {
  beforeEach(() => {
    loadScenario(threeTierScenario, threeTierLayout);
    endFieldSession();
  });

  it('commit a valid value and say nothing', () => {
    expect(editSubnet(ID.privateDb, 'cidrBlock', '10.0.4.0/24')).toBeNull();
    expect(subnet(ID.privateDb)?.cidrBlock).toBe('10.0.4.0/24');
  });

  it('refuse a malformed CIDR with the model sentence and keep the last valid value', () => {
    const before = state();
    expect(editSubnet(ID.privateDb, 'cidrBlock', '10.0.0.0/33')).toBe(
      '10.0.0.0/33 is not a valid IPv4 CIDR block.',
    );
    expect(state()).toBe(before);
  });

  it('make the keystrokes of one visit to a field one undo step', () => {
    for (const text of ['10.0.4.0/2', '10.0.4.0/24', '10.0.4.0/25']) {
      editSubnet(ID.privateDb, 'cidrBlock', text);
    }
    expect(pastSteps()).toBe(1);
    endFieldSession();
    editSubnet(ID.privateDb, 'name', 'db');
    expect(pastSteps()).toBe(2);
    undo();
    undo();
    expect(subnet(ID.privateDb)?.cidrBlock).toBe('10.0.3.0/24');
  });

  it('start a new undo step when something else changed the scenario meanwhile', () => {
    editSubnet(ID.privateDb, 'cidrBlock', '10.0.4.0/24');
    undo();
    editSubnet(ID.privateDb, 'cidrBlock', '10.0.5.0/24');
    undo();
    expect(subnet(ID.privateDb)?.cidrBlock).toBe('10.0.3.0/24');
  });

  it('allocate a public address and release it', () => {
    expect(setInstancePublicIp(ID.app1, true)).toBeNull();
    expect(state().instances.find((i) => i.id === ID.app1)?.publicIp).toMatch(/^198\.51\.100\./);
    expect(setInstancePublicIp(ID.app1, false)).toBeNull();
    expect(state().instances.find((i) => i.id === ID.app1)?.publicIp).toBeUndefined();
  });

  it('refuse a sixth group on an instance, naming the quota', () => {
    const extra = ['a', 'b'].map((name) => {
      const made = createGroup(ID.vpc, name);
      if (!('id' in made)) throw new Error(made.error);
      return made.id;
    });
    for (const g of [ID.defaultSg, ID.sgApp, ID.sgDb, extra[0] ?? '']) {
      expect(attachGroup(ID.web1, g)).toBeNull();
    }
    const before = state();
    expect(attachGroup(ID.web1, extra[1] ?? '')).toMatch(
      /at most 5 security groups \(the scenario's quota\)/,
    );
    expect(state()).toBe(before);
  });

  it('refuse to delete a group in use, and the default group', () => {
    expect(deleteGroup(ID.sgWeb)).toMatch(/attached to/);
    expect(deleteGroup(ID.defaultSg)).toMatch(/default security group cannot be deleted/);
  });

  it('add an ACL deny rule and move it up', () => {
    const entry = {
      ruleNumber: 120,
      action: 'deny',
      protocol: 'all',
      cidr: '203.0.113.0/24',
    } as const;
    expect(addAclEntry(ID.aclApp, 'ingress', entry)).toBeNull();
    expect(moveAclEntry(ID.aclApp, 'ingress', 120, 'up')).toBeNull();
    const ingress = state().networkAcls.find((a) => a.id === ID.aclApp)?.ingress ?? [];
    expect(ingress.map((e) => [e.ruleNumber, e.action])).toEqual([
      [100, 'allow'],
      [110, 'deny'],
      [120, 'allow'],
    ]);
  });

  it('peer two VPCs as one undo step, select the connection, and refuse overlapping CIDRs', () => {
    const second = addVpc(state(), { cidrBlock: '10.9.0.0/16', name: 'shared' });
    loadScenario(second.scenario, threeTierLayout);
    expect(peerVpcs(ID.vpc, second.vpc.id)).toBeNull();
    const pcx = state().peeringConnections[0];
    expect(pcx).toMatchObject({ requesterVpcId: ID.vpc, accepterVpcId: second.vpc.id });
    expect(useStore.getState().selection).toEqual([pcx?.id]);
    undo();
    expect(state().peeringConnections).toEqual([]);

    const overlapping = addVpc(state(), { cidrBlock: '10.0.0.0/16', name: 'clash' });
    loadScenario(overlapping.scenario, threeTierLayout);
    expect(peerVpcs(ID.vpc, overlapping.vpc.id)).toMatch(/overlap/);
  });
});
