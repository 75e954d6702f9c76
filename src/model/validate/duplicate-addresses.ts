import type { Context } from './context.ts';
import { error, type Finding, type FindingCode } from './finding.ts';

/**
 * A private IPv4 address belongs to one interface in a VPC (instances and NAT gateways alike), and
 * a public address to one interface anywhere. Keyed maps keep this linear in the number of
 * interfaces. https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html
 */
export function checkDuplicateAddresses(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const privateOwners = new Map<string, Owner>();
  const publicOwners = new Map<string, Owner>();

  const claim = (
    owners: Map<string, Owner>,
    code: FindingCode,
    scope: string | undefined,
    owner: Owner,
    text: string | undefined,
  ) => {
    if (text === undefined) return;
    const ip = ctx.ip(text);
    if (ip === null) return;
    const key = `${scope ?? ''} ${ip.value}`;
    const first = owners.get(key);
    if (first === undefined) {
      owners.set(key, owner);
      return;
    }
    const field = owner.field ?? (code === 'duplicate-private-ip' ? 'privateIp' : 'publicIp');
    const kind = code === 'duplicate-private-ip' ? 'Private' : 'Public';
    const where = scope === undefined ? '' : ` in VPC ${scope}`;
    findings.push(
      error(
        code,
        owner.id,
        field,
        `${kind} IP ${text} of ${owner.kind} ${owner.id} is already used by ${first.kind} ${first.id}${where}.`,
      ),
    );
  };

  // A NAT gateway's own interface (kind nat-gateway, in its subnet, on its private address) is
  // the gateway itself, as AWS lists it: its addresses are claimed once, by the interface.
  const natInterfaces = new Set(
    ctx.interfaces
      .filter((x) => x.kind === 'nat-gateway')
      .map((x) => `${x.subnetId} ${x.privateIp ?? ''}`),
  );
  const interfaces = [
    ...ctx.interfaces.map((x) => asInterface(x.primary ? 'instance' : 'network interface', x)),
    ...ctx.scenario.natGateways
      .filter((x) => !natInterfaces.has(`${x.subnetId} ${x.privateIp ?? ''}`))
      .map((x) => asInterface('NAT gateway', x)),
  ];
  for (const { owner, subnetId, privateIp, publicIp } of interfaces) {
    const vpcId = ctx.subnets.get(subnetId)?.vpcId;
    if (vpcId !== undefined) claim(privateOwners, 'duplicate-private-ip', vpcId, owner, privateIp);
    claim(publicOwners, 'duplicate-public-ip', undefined, owner, publicIp);
  }
  // Secondary addresses and the Elastic IPs on them are one interface's too.
  for (const eni of ctx.interfaces) {
    const vpcId = ctx.subnets.get(eni.subnetId)?.vpcId;
    const kind = eni.primary ? 'instance' : 'network interface';
    eni.secondaryPrivateIps.forEach((s, i) => {
      const at = `secondaryPrivateIps[${i}]`;
      if (vpcId !== undefined) {
        const owner = { kind, id: eni.id, field: `${at}.address` };
        claim(privateOwners, 'duplicate-private-ip', vpcId, owner, s.address);
      }
      claim(
        publicOwners,
        'duplicate-public-ip',
        undefined,
        { kind, id: eni.id, field: `${at}.publicIp` },
        s.publicIp,
      );
    });
  }
  return findings;
}

interface Owner {
  readonly kind: string;
  readonly id: string;
  /** The field holding the address, when not `privateIp`/`publicIp`. */
  readonly field?: string;
}

interface Interface {
  readonly owner: Owner;
  readonly subnetId: string;
  readonly privateIp: string | undefined;
  readonly publicIp: string | undefined;
}

function asInterface(
  kind: string,
  x: { id: string; subnetId: string; privateIp?: string; publicIp?: string },
): Interface {
  return {
    owner: { kind, id: x.id },
    subnetId: x.subnetId,
    privateIp: x.privateIp,
    publicIp: x.publicIp,
  };
}
