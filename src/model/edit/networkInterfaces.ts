import { newId } from '../ids.ts';
import type { InterfaceKind, NetworkInterface, Scenario } from '../types.ts';
import { nextFreeAddress, nextPublicIp } from './addressing.ts';
import { noPublicIpLeft } from './instances.ts';
import { privateIpError, publicIpError } from './placement.ts';
import { fail, ok, type EditResult } from './result.ts';
import { groupsForInstanceError } from './sgChecks.ts';
import { findById, missing, nameError, newIdError, nextName, patched, updateById } from './util.ts';

/**
 * Network interfaces other than instances' primary ones: created in a subnet with groups of its
 * VPC, attached to an instance of the same Availability Zone at a free device index, or detached.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */

export interface AddNetworkInterfaceSpec {
  readonly subnetId: string;
  /** Absent: `instance` when attached, else `other`. */
  readonly kind?: InterfaceKind;
  readonly name?: string;
  readonly description?: string;
  /** Absent: the subnet's next free address. */
  readonly privateIp?: string;
  /** Absent: the VPC's default group, as AWS creates an interface. */
  readonly securityGroupIds?: readonly string[];
  /** Attach it to an instance; absent device index: the next free one. */
  readonly attachment?: { readonly instanceId: string; readonly deviceIndex?: number };
  readonly id?: string;
}

/**
 * @example
 * const r = addNetworkInterface(scenario, { subnetId: 'subnet-db', kind: 'rds', name: 'orders-db' });
 */
export function addNetworkInterface(
  scenario: Scenario,
  spec: AddNetworkInterfaceSpec,
): EditResult<{ scenario: Scenario; networkInterface: NetworkInterface }> {
  const subnet = findById(scenario.subnets, spec.subnetId);
  if (subnet === undefined) return fail(missing('Subnet', spec.subnetId));
  const privateIp = spec.privateIp?.trim() ?? nextFreeAddress(scenario, subnet.id);
  if (privateIp === null) {
    return fail(`Subnet ${subnet.id} (${subnet.cidrBlock}) has no free address left.`);
  }
  const fallback = scenario.securityGroups.find((g) => g.vpcId === subnet.vpcId && g.isDefault);
  const groups = [
    ...new Set(spec.securityGroupIds ?? (fallback === undefined ? [] : [fallback.id])),
  ];
  const id = spec.id ?? newId('eni');
  const attachment =
    spec.attachment === undefined
      ? undefined
      : {
          instanceId: spec.attachment.instanceId,
          deviceIndex:
            spec.attachment.deviceIndex ?? nextDeviceIndex(scenario, spec.attachment.instanceId),
        };
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'eni')) ??
    privateIpError(scenario, subnet, privateIp) ??
    groupsForInstanceError(scenario, 'the new interface', subnet.vpcId, groups) ??
    (attachment === undefined
      ? undefined
      : attachmentError(scenario, subnet.id, id, attachment.instanceId, attachment.deviceIndex));
  if (problem !== undefined) return fail(problem);
  const networkInterface: NetworkInterface = {
    id,
    name:
      spec.name ??
      nextName(
        'eni',
        scenario.networkInterfaces.map((e) => e.name),
      ),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    kind: spec.kind ?? (attachment === undefined ? 'other' : 'instance'),
    subnetId: subnet.id,
    privateIp,
    secondaryPrivateIps: [],
    ipv6Addresses: [],
    securityGroupIds: groups,
    ...(attachment === undefined ? {} : { attachment }),
  };
  return ok({
    scenario: { ...scenario, networkInterfaces: [...scenario.networkInterfaces, networkInterface] },
    networkInterface,
  });
}

export interface NetworkInterfacePatch {
  readonly name?: string;
  /** What it belongs to (RDS, a load balancer…): only a detached interface changes kind. */
  readonly kind?: InterfaceKind;
  readonly description?: string | null;
  readonly privateIp?: string;
  /** An address; `true` for a free one (kept if it has one); `null` removes it. */
  readonly publicIp?: string | null | true;
  readonly securityGroupIds?: readonly string[];
  readonly ipv6Addresses?: readonly string[];
}

/**
 * @example
 * updateNetworkInterface(scenario, 'eni-db', { securityGroupIds: ['sg-db'] });
 */
export function updateNetworkInterface(
  scenario: Scenario,
  id: string,
  patch: NetworkInterfacePatch,
): EditResult<Scenario> {
  const eni = findById(scenario.networkInterfaces, id);
  if (eni === undefined) return fail(missing('Network interface', id));
  const subnet = findById(scenario.subnets, eni.subnetId);
  const publicIp =
    patch.publicIp === true ? (eni.publicIp ?? nextPublicIp(scenario)) : patch.publicIp;
  if (publicIp === null && patch.publicIp === true) return fail(noPublicIpLeft);
  const groups =
    patch.securityGroupIds === undefined ? undefined : [...new Set(patch.securityGroupIds)];
  const problem =
    (patch.name === undefined ? undefined : nameError(patch.name)) ??
    (patch.kind === undefined || patch.kind === eni.kind || eni.attachment === undefined
      ? undefined
      : `Network interface ${id} is attached to ${eni.attachment.instanceId}: an instance's interface stays of kind instance (detach it first).`) ??
    (patch.privateIp === undefined || subnet === undefined
      ? undefined
      : privateIpError(scenario, subnet, patch.privateIp.trim(), id)) ??
    (typeof publicIp === 'string' && publicIp !== eni.publicIp
      ? publicIpError(scenario, publicIp.trim(), id)
      : undefined) ??
    (groups === undefined || subnet === undefined
      ? undefined
      : groups.length === 0
        ? 'A network interface needs at least one security group.'
        : groupsForInstanceError(scenario, `interface ${id}`, subnet.vpcId, groups));
  if (problem !== undefined) return fail(problem);
  const next = patched(eni, {
    name: patch.name,
    kind: patch.kind,
    description: patch.description,
    privateIp: patch.privateIp?.trim(),
    publicIp: typeof publicIp === 'string' ? publicIp.trim() : publicIp,
    publicIpSource: publicIp === null ? null : undefined,
    securityGroupIds: groups,
    ipv6Addresses: patch.ipv6Addresses === undefined ? undefined : [...patch.ipv6Addresses],
  });
  if (next === eni) return ok(scenario);
  return ok({
    ...scenario,
    networkInterfaces: updateById(scenario.networkInterfaces, id, () => next),
  });
}

/**
 * Attaches a detached interface to an instance of the same Availability Zone.
 *
 * @example
 * attachNetworkInterface(scenario, 'eni-x', 'i-web'); // at device index 1
 */
export function attachNetworkInterface(
  scenario: Scenario,
  eniId: string,
  instanceId: string,
  deviceIndex = nextDeviceIndex(scenario, instanceId),
): EditResult<Scenario> {
  const eni = findById(scenario.networkInterfaces, eniId);
  if (eni === undefined) return fail(missing('Network interface', eniId));
  if (eni.attachment !== undefined) {
    return fail(
      `Network interface ${eniId} is already attached to ${eni.attachment.instanceId}; detach it first.`,
    );
  }
  const problem = attachmentError(scenario, eni.subnetId, eniId, instanceId, deviceIndex);
  if (problem !== undefined) return fail(problem);
  return ok({
    ...scenario,
    networkInterfaces: updateById(scenario.networkInterfaces, eniId, (e) => ({
      ...e,
      attachment: { instanceId, deviceIndex },
    })),
  });
}

/**
 * @example
 * detachNetworkInterface(scenario, 'eni-x');
 */
export function detachNetworkInterface(scenario: Scenario, eniId: string): EditResult<Scenario> {
  const eni = findById(scenario.networkInterfaces, eniId);
  if (eni === undefined) return fail(missing('Network interface', eniId));
  if (eni.attachment === undefined) return fail(`Network interface ${eniId} is not attached.`);
  return ok({
    ...scenario,
    networkInterfaces: updateById(scenario.networkInterfaces, eniId, (e) =>
      patched(e, { attachment: null }),
    ),
  });
}

/** The lowest device index from 1 that no interface of the instance uses. */
export function nextDeviceIndex(scenario: Scenario, instanceId: string): number {
  const used = new Set(
    scenario.networkInterfaces
      .filter((e) => e.attachment?.instanceId === instanceId)
      .map((e) => e.attachment?.deviceIndex),
  );
  let i = 1;
  while (used.has(i)) i++;
  return i;
}

function attachmentError(
  scenario: Scenario,
  subnetId: string,
  eniId: string,
  instanceId: string,
  deviceIndex: number,
): string | undefined {
  const instance = findById(scenario.instances, instanceId);
  if (instance === undefined) return missing('Instance', instanceId);
  const zone = findById(scenario.subnets, subnetId)?.availabilityZone;
  const instanceZone = findById(scenario.subnets, instance.subnetId)?.availabilityZone;
  if (zone !== instanceZone) {
    return `Network interface ${eniId} is in ${zone ?? 'no zone'} but instance ${instanceId} is in ${instanceZone ?? 'no zone'}: an interface attaches only to an instance of its own Availability Zone.`;
  }
  if (!Number.isInteger(deviceIndex) || deviceIndex < 1 || deviceIndex > 31) {
    return `Device index ${deviceIndex} is not one a second interface can take (1-31; 0 is the primary interface).`;
  }
  const taken = scenario.networkInterfaces.find(
    (e) =>
      e.id !== eniId &&
      e.attachment?.instanceId === instanceId &&
      e.attachment.deviceIndex === deviceIndex,
  );
  return taken === undefined
    ? undefined
    : `Instance ${instanceId} already has ${taken.id} at device index ${deviceIndex}.`;
}
