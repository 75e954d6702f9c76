import { drawnInterfaces } from '../../layout/drawn.ts';
import type { Scenario } from '../../model/types.ts';
import { chipColour } from '../security/chipColour.ts';
import type { DiagramChip, NodeChips } from './diagram.ts';

/** As SecurityChips.tsx: two chips, then "+n". */
const SHOWN = 2;

/**
 * The chips the canvas puts on nodes, by node ID: an instance's or interface's security groups,
 * a subnet's network ACL (its own, else its VPC's default, marked so).
 */
export function chipsOf(scenario: Scenario): Map<string, NodeChips> {
  const groups = new Map(scenario.securityGroups.map((g) => [g.id, g.name]));
  const out = new Map<string, NodeChips>();
  const groupChip = (id: string): DiagramChip => ({
    id,
    text: groups.get(id) ?? id,
    colour: chipColour(id),
    dashed: false,
  });
  for (const c of [...scenario.instances, ...drawnInterfaces(scenario)]) {
    if (c.securityGroupIds.length === 0) continue;
    out.set(c.id, {
      groups: c.securityGroupIds.slice(0, SHOWN).map(groupChip),
      more: Math.max(0, c.securityGroupIds.length - SHOWN),
      acl: null,
    });
  }
  for (const s of scenario.subnets) {
    const acl =
      s.networkAclId !== undefined
        ? scenario.networkAcls.find((a) => a.id === s.networkAclId)
        : scenario.networkAcls.find((a) => a.vpcId === s.vpcId && a.isDefault);
    if (!acl) continue;
    const marked = acl.isDefault && acl.name.toLowerCase() !== 'default';
    out.set(s.id, {
      groups: [],
      more: 0,
      acl: {
        id: acl.id,
        text: marked ? `NACL ${acl.name} · default` : `NACL ${acl.name}`,
        colour: chipColour(acl.id),
        dashed: acl.isDefault,
      },
    });
  }
  return out;
}
