import type {
  InterfaceKind,
  NetworkInterface,
  Scenario,
  SecondaryPrivateIp,
  Tags,
} from './types.ts';

/**
 * Every network interface of a scenario in one shape: each instance's primary interface (held
 * inline in the instance record) and every interface of `networkInterfaces`. The engine evaluates
 * these, `validate` checks their addresses, and the CLI resolves endpoints against them.
 */
export interface InterfaceView {
  /**
   * What a trace names for this interface's security groups: the instance ID for an instance's
   * primary interface, else the interface ID (spec/cli-analyze.md, `resourceId`).
   */
  readonly id: string;
  /** The interface's own ID (`eni-…`), when known. */
  readonly interfaceId: string | undefined;
  /** The instance it is attached to, if any. */
  readonly instanceId: string | undefined;
  /** Device index 0: the interface that stands for its instance. */
  readonly primary: boolean;
  readonly deviceIndex: number | undefined;
  readonly name: string;
  readonly kind: InterfaceKind;
  readonly subnetId: string;
  readonly privateIp: string | undefined;
  readonly secondaryPrivateIps: readonly SecondaryPrivateIp[];
  readonly publicIp: string | undefined;
  readonly ipv6Addresses: readonly string[];
  readonly securityGroupIds: readonly string[];
  readonly tags: Tags | undefined;
  /** Where the record is in the scenario: `instances[3]` or `networkInterfaces[0]`. */
  readonly path: string;
  /** The record's own field names: `ipv6Address` for an instance, `ipv6Addresses` for an interface. */
  readonly fields: {
    readonly ipv6: (index: number) => string;
  };
}

const instanceFields = {
  ipv6: (i: number) => (i === 0 ? 'ipv6Address' : `secondaryIpv6Addresses[${i - 1}]`),
};
const interfaceFields = { ipv6: (i: number) => `ipv6Addresses[${i}]` };

/** Instances in these states have no interfaces left to evaluate. */
export function isGone(state: string | undefined): boolean {
  return state === 'terminated' || state === 'shutting-down';
}

/**
 * The interfaces, instances' primary ones first (in instance order), then `networkInterfaces`.
 * Terminated and shutting-down instances are left out with their primary interfaces; an interface
 * attached to one stays, without its instance link (spec/cli-analyze.md, `<file>`).
 */
export function scenarioInterfaces(scenario: Scenario): InterfaceView[] {
  const out: InterfaceView[] = [];
  const gone = new Set<string>();
  scenario.instances.forEach((inst, i) => {
    if (isGone(inst.state)) {
      gone.add(inst.id);
      return;
    }
    out.push({
      id: inst.id,
      interfaceId: inst.primaryInterfaceId,
      instanceId: inst.id,
      primary: true,
      deviceIndex: 0,
      name: inst.name,
      kind: 'instance',
      subnetId: inst.subnetId,
      privateIp: inst.privateIp,
      secondaryPrivateIps: inst.secondaryPrivateIps ?? [],
      publicIp: inst.publicIp,
      ipv6Addresses: [
        ...(inst.ipv6Address === undefined ? [] : [inst.ipv6Address]),
        ...(inst.secondaryIpv6Addresses ?? []),
      ],
      securityGroupIds: inst.securityGroupIds,
      tags: inst.tags,
      path: `instances[${i}]`,
      fields: instanceFields,
    });
  });
  scenario.networkInterfaces.forEach((eni, i) => {
    out.push(interfaceView(eni, i, gone));
  });
  return out;
}

function interfaceView(
  eni: NetworkInterface,
  index: number,
  gone: ReadonlySet<string>,
): InterfaceView {
  const attached = eni.attachment !== undefined && !gone.has(eni.attachment.instanceId);
  return {
    id: eni.id,
    interfaceId: eni.id,
    instanceId: attached ? eni.attachment?.instanceId : undefined,
    primary: false,
    deviceIndex: attached ? eni.attachment?.deviceIndex : undefined,
    name: eni.name,
    kind: eni.kind,
    subnetId: eni.subnetId,
    privateIp: eni.privateIp,
    secondaryPrivateIps: eni.secondaryPrivateIps,
    publicIp: eni.publicIp,
    ipv6Addresses: eni.ipv6Addresses,
    securityGroupIds: eni.securityGroupIds,
    tags: eni.tags,
    path: `networkInterfaces[${index}]`,
    fields: interfaceFields,
  };
}
