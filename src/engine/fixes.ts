import { formatCidr, parseCidr, parseIp, rangeHas, type IpValue } from '../model/ip.ts';
import { nextRuleNumber } from '../model/edit/naclEntries.ts';
import type { ScenarioEdit } from '../model/scenarioEdit.ts';
import type { NaclEntry, Protocol, SecurityGroupRule } from '../model/types.ts';
import type { CInstance, CompiledScenario, CVpc } from './compile.ts';
import { groupLabel, instanceLabel } from './explain.ts';
import { PROTO, protocolName } from './protocol.ts';
import type { ResolvedFlow } from './resolve.ts';
import { privateOwner } from './sg.ts';
import type { Fix, Hop } from './types.ts';

/**
 * Proposes, for every denying hop of a trace (the whole blocked path), the smallest model edit
 * that would let the packet through at that hop, in words a student can follow. The store applies
 * the edit as one undoable step; a hop that has no one-step remedy gets advice without an edit.
 */
export function suggestFixes(c: CompiledScenario, f: ResolvedFlow, hops: readonly Hop[]): Fix[] {
  const fixes: Fix[] = [];
  const said = new Set<string>();
  hops.forEach((hop, index) => {
    if (hop.verdict !== 'deny') return;
    const fix = fixFor(c, f, hop);
    // The request and the response often stop at the same setting: propose it once.
    if (!fix || said.has(fix.summary)) return;
    said.add(fix.summary);
    fixes.push({ hop: index, summary: fix.summary, edit: fix.edit });
  });
  return fixes;
}

type Proposal = { summary: string; edit: ScenarioEdit | null };

function fixFor(c: CompiledScenario, f: ResolvedFlow, hop: Hop): Proposal | null {
  const src = parseIp(hop.packet.source);
  const dst = parseIp(hop.packet.destination);
  if (!src || !dst) return null;
  switch (hop.layer) {
    case 'security-group-ingress':
    case 'security-group-egress':
      return sgFix(c, hop, hop.layer === 'security-group-ingress' ? src : dst);
    case 'nacl-ingress':
    case 'nacl-egress':
      return naclFix(c, hop, hop.layer === 'nacl-ingress' ? src : dst);
    case 'route':
      return routeFix(c, f, hop, dst);
    case 'internet-gateway':
      return igwFix(c, f, hop);
    case 'peering':
      return peeringFix(c, f, hop);
    case 'nat-gateway':
      return {
        summary: `${hop.reason} Route this traffic another way (an internet gateway for a public subnet, or a NAT gateway in another subnet).`,
        edit: null,
      };
  }
}

/** The protocol and port (or ICMP type) of the packet, as a rule would name them. */
function matchOf(
  hop: Hop,
  ports: 'exact' | 'ephemeral',
): Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'> {
  const p = hop.packet;
  const protocol: Protocol =
    p.protocol === PROTO.tcp
      ? 'tcp'
      : p.protocol === PROTO.udp
        ? 'udp'
        : p.protocol === PROTO.icmp
          ? 'icmp'
          : p.protocol === PROTO.icmpv6
            ? 'icmpv6'
            : p.protocol;
  if (p.destinationPort !== undefined) {
    const range =
      ports === 'ephemeral'
        ? { from: 1024, to: 65535 }
        : { from: p.destinationPort, to: p.destinationPort };
    return { protocol, portRange: range };
  }
  if (p.icmpType !== undefined) return { protocol, icmpTypeCode: { type: p.icmpType, code: -1 } };
  return { protocol };
}

function matchText(m: Pick<SecurityGroupRule, 'protocol' | 'portRange' | 'icmpTypeCode'>): string {
  const name =
    typeof m.protocol === 'number'
      ? protocolName(m.protocol)
      : m.protocol.toUpperCase().replace('ICMPV6', 'ICMPv6');
  if (m.portRange)
    return `${name} ${m.portRange.from === m.portRange.to ? m.portRange.from : `${m.portRange.from}–${m.portRange.to}`}`;
  if (m.icmpTypeCode) return `${name} type ${m.icmpTypeCode.type}`;
  return name;
}

/** A group of the instance to put the rule in: its first own group rather than the VPC default. */
function ownGroup(c: CompiledScenario, i: CInstance): string | undefined {
  const defaults = new Set(c.source.securityGroups.filter((g) => g.isDefault).map((g) => g.id));
  return i.groupIds.find((g) => !defaults.has(g)) ?? i.groupIds[0];
}

function sgFix(c: CompiledScenario, hop: Hop, remote: IpValue): Proposal | null {
  const inst = c.instances.get(hop.resourceId);
  if (!inst) return null;
  const groupId = ownGroup(c, inst);
  if (!groupId) {
    return {
      summary: `${instanceLabel(inst)} has no security group; attach one that allows this traffic.`,
      edit: null,
    };
  }
  const ingress = hop.layer === 'security-group-ingress';
  const owner = privateOwner(c, remote);
  const peerGroup =
    owner && (owner.vpc.id === inst.vpc.id || c.activePeers.get(inst.vpc.id)?.has(owner.vpc.id))
      ? ownGroup(c, owner)
      : undefined;
  const peer: SecurityGroupRule['peer'] = peerGroup
    ? { kind: 'group', groupId: peerGroup }
    : {
        kind: 'cidr',
        cidr: `${hop.packet[ingress ? 'source' : 'destination']}/${remote.family === 4 ? 32 : 128}`,
      };
  const rule: SecurityGroupRule = { ...matchOf(hop, 'exact'), peer };
  const peerText = peer.kind === 'group' ? groupLabel(c, peer.groupId) : peer.cidr;
  return {
    summary: `Add an ${ingress ? 'inbound' : 'outbound'} rule ${matchText(rule)} ${ingress ? 'from' : 'to'} ${peerText} to ${groupLabel(c, groupId)}.`,
    edit: { kind: 'add-sg-rule', groupId, direction: ingress ? 'ingress' : 'egress', rule },
  };
}

function naclFix(c: CompiledScenario, hop: Hop, remote: IpValue): Proposal | null {
  const acl = c.source.networkAcls.find((n) => n.id === hop.resourceId);
  if (!acl) return null;
  const direction = hop.layer === 'nacl-ingress' ? 'ingress' : 'egress';
  const entries = acl[direction];
  const matched = hop.rule?.kind === 'nacl-entry' ? hop.rule.ruleNumber : undefined;
  const star = matched === undefined || matched >= 32767;
  let ruleNumber: number | undefined;
  if (star) ruleNumber = nextRuleNumber(acl, direction);
  else {
    const used = new Set(entries.map((e) => e.ruleNumber));
    for (let n = matched - 1; n >= 1; n--) {
      if (!used.has(n)) {
        ruleNumber = n;
        break;
      }
    }
  }
  if (ruleNumber === undefined) {
    return {
      summary: `Renumber ${acl.id}'s ${direction === 'ingress' ? 'inbound' : 'outbound'} rules to make room before rule ${matched}, then allow this traffic there.`,
      edit: null,
    };
  }
  // A response returns to the client's ephemeral port, which the client picks anew each time:
  // allow the whole range rather than one port.
  const match = matchOf(hop, hop.direction === 'response' ? 'ephemeral' : 'exact');
  const cidr = remoteCidr(c, remote);
  const entry: NaclEntry = { ruleNumber, action: 'allow', cidr, ...match };
  const where = star ? '' : `, before rule ${matched}`;
  return {
    summary: `Allow ${matchText(match)} ${direction === 'ingress' ? 'inbound from' : 'outbound to'} ${cidr} in ${acl.id} as rule ${ruleNumber}${where}.`,
    edit: { kind: 'add-nacl-entry', networkAclId: acl.id, direction, entry },
  };
}

/** The subnet of an instance's address, else anywhere (an internet client can be any address). */
function remoteCidr(c: CompiledScenario, remote: IpValue): string {
  const owner = privateOwner(c, remote);
  if (owner) {
    const subnet = c.source.subnets.find((s) => s.id === owner.subnet.id);
    const text = remote.family === 4 ? subnet?.cidrBlock : subnet?.ipv6CidrBlock;
    if (text) return text;
  }
  return remote.family === 4 ? '0.0.0.0/0' : '::/0';
}

function routeFix(c: CompiledScenario, f: ResolvedFlow, hop: Hop, dst: IpValue): Proposal | null {
  const table = c.source.routeTables.find((t) => t.id === hop.resourceId);
  if (!table) return null;
  const vpc = c.vpcs.get(table.vpcId);
  if (!vpc) return null;
  const anywhere = dst.family === 4 ? '0.0.0.0/0' : '::/0';
  let destination = anywhere;
  let target: string | undefined;
  const peerVpc = [...c.vpcs.values()].find(
    (v) => v.id !== vpc.id && v.ranges.some((r) => rangeHas(r, dst)),
  );
  if (peerVpc && f.intent === 'peering') {
    const pcx = c.peeringBetween(vpc.id, peerVpc.id);
    const range = peerVpc.ranges.find((r) => rangeHas(r, dst));
    if (!pcx || !range) {
      return {
        summary: `Peer ${vpc.id} with ${peerVpc.id}, then route ${peerVpc.id}'s CIDR to that peering connection.`,
        edit: null,
      };
    }
    destination = formatCidr(range);
    target = pcx.id;
  } else if (hop.rule?.kind === 'route' && hop.rule.route.target === 'local') {
    return null;
  } else {
    target = internetTarget(c, f, vpc, hop);
    if (!target)
      return {
        summary: `Attach an internet gateway to ${vpc.id}, then route ${anywhere} to it.`,
        edit: null,
      };
    if (
      hop.rule?.kind === 'route' &&
      hop.rule.route.destination !== anywhere &&
      parseCidr(hop.rule.route.destination)
    ) {
      destination = hop.rule.route.destination;
    }
  }
  return {
    summary: `In ${table.id}, send ${destination} to ${target}.`,
    edit: { kind: 'set-route', routeTableId: table.id, destination, target },
  };
}

/**
 * The way to the internet for this subnet: the internet gateway, unless the instance has no public
 * address and a NAT gateway of another subnet can carry a connection it opens.
 */
function internetTarget(
  c: CompiledScenario,
  f: ResolvedFlow,
  vpc: CVpc,
  hop: Hop,
): string | undefined {
  const opener =
    f.src.kind === 'instance' && hop.direction === 'request' ? f.src.instance : undefined;
  const needsNat =
    opener && f.family === 4 && opener.public4 === undefined && hop.subnetId === opener.subnet.id;
  if (needsNat) {
    const nat = [...c.natGateways.values()].find(
      (n) => n.available && n.subnet?.vpc.id === vpc.id && n.subnet.id !== opener.subnet.id,
    );
    if (nat) return nat.id;
  }
  return vpc.internetGatewayId;
}

function igwFix(c: CompiledScenario, f: ResolvedFlow, hop: Hop): Proposal | null {
  const inst = c.instances.get(hop.resourceId);
  if (inst) {
    const named = f.dst.kind === 'instance' && f.dst.instance === inst ? f.dst.address : null;
    if (named?.family === 4 && named.value === inst.private4) {
      return {
        summary: `Address ${instanceLabel(inst)} by its public address rather than its private one.`,
        edit: null,
      };
    }
    return {
      summary: `Give ${instanceLabel(inst)} a public ${hop.packet.source.includes(':') ? 'IPv6' : 'IPv4'} address.`,
      edit: { kind: 'assign-public-ip', instanceId: inst.id },
    };
  }
  const vpc = c.vpcs.get(hop.resourceId);
  if (!vpc) return null;
  return {
    summary: `Attach an internet gateway to ${vpc.id}.`,
    edit: { kind: 'attach-internet-gateway', vpcId: vpc.id },
  };
}

function peeringFix(c: CompiledScenario, f: ResolvedFlow, hop: Hop): Proposal | null {
  const pcx = c.peerings.get(hop.resourceId);
  const from = f.src.kind === 'instance' ? f.src.instance.vpc.id : undefined;
  const to = f.dst.kind === 'instance' ? f.dst.instance.vpc.id : undefined;
  if (pcx && !pcx.active) {
    return {
      summary: `Accept ${pcx.id} so that it becomes active.`,
      edit: { kind: 'activate-peering', peeringConnectionId: pcx.id },
    };
  }
  if (!from || !to || from === to) return null;
  return {
    summary: `Peer ${from} directly with ${to} (peering is not transitive), then route each VPC's CIDR to the new connection.`,
    edit: { kind: 'add-peering', requesterVpcId: from, accepterVpcId: to },
  };
}
