import type { Instance, NetworkInterface } from '../../model/types.ts';
import type { ImportContext } from './context.ts';
import type { PrivateIpAssociation } from './gateways.ts';

/**
 * Gives each Elastic IP associated with a named private address (`associate_with_private_ip`,
 * `private_ip_address`) to that address: the primary's public address (which replaces an
 * auto-assigned one), or a secondary private address's own. An instance launched on an
 * interface is found through its primary interface too. An address the instance or interface
 * does not hold is warned about and the association left out.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html ("You can associate an
 * Elastic IP address with each private IPv4 address")
 */
export function attributeElasticIps(
  ctx: ImportContext,
  associations: readonly PrivateIpAssociation[],
  instances: Instance[],
  interfaces: Map<string, NetworkInterface>,
): void {
  for (const { targetId, privateIp, eip, address } of associations) {
    const owners = instances.filter((i) => i.id === targetId || i.primaryInterfaceId === targetId);
    const eni = interfaces.get(targetId);
    let found = false;
    owners.forEach((owner) => {
      const index = instances.indexOf(owner);
      const next = withElasticIp(owner, privateIp, eip.publicIp);
      if (next !== null) {
        instances[index] = next;
        found = true;
      }
    });
    if (eni !== undefined) {
      const next = withElasticIp(eni, privateIp, eip.publicIp);
      if (next !== null) {
        interfaces.set(targetId, next);
        found = true;
      }
    }
    if (!found && (owners.length > 0 || eni !== undefined)) {
      ctx.warn(
        address,
        `${privateIp} is not a private address of ${ctx.ids.addresses.get(targetId) ?? targetId}; the association is left out`,
      );
    }
  }
}

function withElasticIp<T extends Instance | NetworkInterface>(
  record: T,
  privateIp: string,
  publicIp: string,
): T | null {
  if (record.privateIp === privateIp) {
    return { ...record, publicIp, publicIpSource: 'elastic' };
  }
  const secondaries = record.secondaryPrivateIps ?? [];
  if (!secondaries.some((s) => s.address === privateIp)) return null;
  return {
    ...record,
    secondaryPrivateIps: secondaries.map((s) => (s.address === privateIp ? { ...s, publicIp } : s)),
  };
}
