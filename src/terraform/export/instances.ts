import { parseCidr, parseIp } from '../../model/ip.ts';
import type { Instance, NetworkInterface, Subnet } from '../../model/types.ts';
import type { ExportContext } from './context.ts';
import { attr, bool, list, num, ref, resource, str, tags, type Expr, type Item } from './ir.ts';

/** Interfaces AWS makes for a service, with what makes them. */
const MANAGED: Readonly<Record<string, string>> = {
  rds: 'an RDS instance (aws_db_instance in a DB subnet group)',
  'load-balancer': 'a load balancer (aws_lb)',
  lambda: 'a Lambda function in the VPC (aws_lambda_function with vpc_config)',
  'interface-endpoint': 'an interface VPC endpoint',
  'nat-gateway': 'a NAT gateway',
  'transit-gateway-attachment': 'a transit gateway VPC attachment',
};

/**
 * `aws_instance` (its primary interface inline: subnet, addresses, groups), every other
 * interface Terraform can make as `aws_network_interface` with an
 * `aws_network_interface_attachment`, and Elastic IPs as `aws_eip` with an `aws_eip_association`.
 * The AMI is `var.ami_id` (the drawing does not say which image) and the type
 * `var.instance_type`. An interface AWS makes for a service is left out with a note.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export function exportInstances(ctx: ExportContext): void {
  for (const instance of ctx.scenario.instances) exportInstance(ctx, instance);
  for (const eni of ctx.scenario.networkInterfaces) exportInterface(ctx, eni);
}

function exportInstance(ctx: ExportContext, instance: Instance): void {
  const label = instance.name || instance.id;
  if (instance.state === 'terminated' || instance.state === 'shutting-down') {
    ctx.note(`Left out: instance ${label}, which is ${instance.state}.`);
    return;
  }
  const name = ctx.name('aws_instance', instance.name, 'instance');
  const address = `aws_instance.${name}`;
  ctx.define(instance.id, `${address}.id`, address);
  if (instance.primaryInterfaceId) {
    ctx.define(instance.primaryInterfaceId, `${address}.primary_network_interface_id`);
  }
  if (instance.state === 'stopped' || instance.state === 'stopping') {
    ctx.note(`Instance ${label} is ${instance.state} in the drawing; Terraform starts it.`);
  }
  const subnet = ctx.scenario.subnets.find((s) => s.id === instance.subnetId);
  const elastic = instance.publicIp !== undefined && instance.publicIpSource === 'elastic';
  const auto = instance.publicIp !== undefined && !elastic;
  const ipv6 = [
    ...(instance.ipv6Address ? [instance.ipv6Address] : []),
    ...(instance.secondaryIpv6Addresses ?? []),
  ];
  const secondary = instance.secondaryPrivateIps ?? [];
  ctx.add(
    resource('aws_instance', name, [
      ...attr('ami', ref('var.ami_id')),
      ...attr('instance_type', ref('var.instance_type')),
      ...attr('subnet_id', ctx.ref(instance.subnetId)),
      ...attr('private_ip', str(instance.privateIp)),
      ...attr(
        'secondary_private_ips',
        secondary.length > 0 ? list(secondary.map((s) => str(s.address))) : undefined,
      ),
      ...attr(
        'ipv6_addresses',
        ipv6.length > 0 ? list(ipv6.map((a) => ipv6Address(ctx, subnet, a))) : undefined,
      ),
      ...groups(ctx, 'vpc_security_group_ids', instance.securityGroupIds),
      ...attr('associate_public_ip_address', auto ? bool(true) : undefined),
      ...tags(instance.name, instance.tags),
    ]),
  );
  if (elastic) {
    elasticIp(ctx, name, label, [...attr('instance_id', ref(`${address}.id`))]);
  }
  for (const s of secondary) {
    if (!s.publicIp) continue;
    elasticIp(ctx, `${name}_${s.address}`, `${label} (${s.address})`, [
      ...attr('network_interface_id', ref(`${address}.primary_network_interface_id`)),
      ...attr('private_ip_address', str(s.address)),
    ]);
  }
}

function exportInterface(ctx: ExportContext, eni: NetworkInterface): void {
  const label = eni.name || eni.id;
  // Read from a Terraform resource other than aws_network_interface: a service's interface.
  const origin = ctx.scenario.terraform?.addresses[eni.id];
  const service =
    origin !== undefined && !/(^|\.)aws_network_interface\./.test(origin)
      ? `the service of ${origin.replace(/#.*$/, '')}`
      : undefined;
  const managed = MANAGED[eni.kind] ?? service;
  if (managed) {
    const subnet = ctx.scenario.subnets.find((s) => s.id === eni.subnetId);
    ctx.note(
      `Left out: ${eni.kind === 'other' ? '' : `${eni.kind} `}interface ${label} (${eni.id}${eni.privateIp ? `, ${eni.privateIp}` : ''}) in subnet ${subnet?.name || eni.subnetId}: AWS makes it for ${managed}.`,
    );
    return;
  }
  const name = ctx.name('aws_network_interface', eni.name, 'interface');
  const address = `aws_network_interface.${name}`;
  ctx.define(eni.id, `${address}.id`, address);
  const subnet = ctx.scenario.subnets.find((s) => s.id === eni.subnetId);
  const addresses = [
    ...(eni.privateIp ? [eni.privateIp] : []),
    ...eni.secondaryPrivateIps.map((s) => s.address),
  ];
  // One address: `private_ips`; several: the ordered list, so the first stays the primary.
  const privateIps: Item[] =
    addresses.length > 1
      ? [
          ...attr('private_ip_list_enabled', bool(true)),
          ...attr('private_ip_list', list(addresses.map(str))),
        ]
      : attr('private_ips', addresses.length === 1 ? list(addresses.map(str)) : undefined);
  ctx.add(
    resource('aws_network_interface', name, [
      ...attr('subnet_id', ctx.ref(eni.subnetId)),
      ...attr('description', eni.description ? str(eni.description) : undefined),
      ...privateIps,
      ...attr(
        'ipv6_addresses',
        eni.ipv6Addresses.length > 0
          ? list(eni.ipv6Addresses.map((a) => ipv6Address(ctx, subnet, a)))
          : undefined,
      ),
      ...groups(ctx, 'security_groups', eni.securityGroupIds),
      ...tags(eni.name, eni.tags),
    ]),
  );
  const owner = ctx.scenario.instances.find((i) => i.id === eni.attachment?.instanceId);
  if (eni.attachment && owner && ctx.has(owner.id)) {
    const attachment = ctx.name('aws_network_interface_attachment', name, 'attachment');
    ctx.add(
      resource('aws_network_interface_attachment', attachment, [
        ...attr('instance_id', ctx.ref(owner.id)),
        ...attr('network_interface_id', ref(`${address}.id`)),
        ...attr('device_index', num(eni.attachment.deviceIndex)),
      ]),
    );
  }
  if (eni.publicIp && eni.publicIpSource === 'elastic') {
    elasticIp(ctx, name, label, [...attr('network_interface_id', ref(`${address}.id`))]);
  } else if (eni.publicIp) {
    ctx.note(
      `Interface ${label} has an auto-assigned public IPv4 address, which AWS gives only to an instance's primary interface at launch; it is exported without one.`,
    );
  }
  for (const s of eni.secondaryPrivateIps) {
    if (!s.publicIp) continue;
    elasticIp(ctx, `${name}_${s.address}`, `${label} (${s.address})`, [
      ...attr('network_interface_id', ref(`${address}.id`)),
      ...attr('private_ip_address', str(s.address)),
    ]);
  }
}

function groups(ctx: ExportContext, attribute: string, ids: readonly string[]): Item[] {
  return attr(attribute, ids.length > 0 ? list(ids.map((id) => ctx.ref(id))) : undefined);
}

/** An Elastic IP (AWS allocates the address) and its association with `target`. */
function elasticIp(ctx: ExportContext, wanted: string, label: string, target: Item[]): void {
  const eip = ctx.name('aws_eip', wanted, 'eip');
  ctx.add(resource('aws_eip', eip, [...attr('domain', str('vpc')), ...tags(label)]));
  const association = ctx.name('aws_eip_association', eip, 'eip');
  ctx.add(
    resource('aws_eip_association', association, [
      ...attr('allocation_id', ref(`aws_eip.${eip}.id`)),
      ...target,
    ]),
  );
}

/**
 * An IPv6 address as `cidrhost(<subnet's IPv6 block>, n)`: AWS assigns the VPC's block, so a
 * literal address would not be in it.
 */
function ipv6Address(ctx: ExportContext, subnet: Subnet | undefined, address: string): Expr {
  const range = subnet?.ipv6CidrBlock ? parseCidr(subnet.ipv6CidrBlock) : null;
  const ip = parseIp(address);
  const subnetAddress = subnet ? ctx.addresses.get(subnet.id) : undefined;
  if (!range || range.family !== 6 || !ip || ip.family !== 6 || !subnetAddress) return str(address);
  if (ip.value < range.first || ip.value > range.last) return str(address);
  return {
    kind: 'call',
    name: 'cidrhost',
    args: [ref(`${subnetAddress}.ipv6_cidr_block`), num(Number(ip.value - range.first))],
  };
}
