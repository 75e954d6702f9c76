import type { ImportContext } from './context.ts';

/**
 * Resources on a packet's path that the engine does not model: each is named in a warning,
 * since it may change a verdict (cli-analyze.md, "Whatever the input holds that the engine does
 * not model").
 */
const UNMODELLED: Readonly<Record<string, string>> = {
  aws_vpn_gateway: 'virtual private gateway',
  aws_vpn_gateway_attachment: 'virtual private gateway attachment',
  aws_vpn_connection: 'VPN connection',
  aws_customer_gateway: 'customer gateway',
  aws_dx_gateway_association: 'Direct Connect gateway association',
  aws_ec2_transit_gateway_peering_attachment: 'transit gateway peering attachment',
  aws_ec2_transit_gateway_connect: 'transit gateway Connect attachment',
  aws_ec2_carrier_gateway: 'carrier gateway',
  aws_networkfirewall_firewall: 'Network Firewall',
  aws_ec2_transit_gateway_vpc_attachment_accepter: 'cross-account transit gateway attachment',
  aws_ec2_transit_gateway_peering_attachment_accepter: 'transit gateway peering attachment',
  aws_dx_gateway: 'Direct Connect gateway',
  aws_vpn_connection_route: 'VPN connection route',
  aws_ec2_local_gateway_route: 'local gateway route',
};

/** Attributes that put a resource in a subnet or behind security groups. */
const NETWORK_ATTRIBUTES = [
  'subnet_id',
  'subnet_ids',
  'subnets',
  'security_groups',
  'vpc_security_group_ids',
] as const;

/**
 * Reports the managed resources that did not become part of the scenario and were not already
 * reported: unmodelled network resources and resources with network settings get a warning;
 * everything else (buckets, roles…) is listed as skipped, silently.
 */
export function reportUnread(ctx: ImportContext): void {
  const read = new Set(ctx.read.list());
  const warned = new Set(ctx.warnings.list().map((line) => line.slice(0, line.indexOf(': '))));
  for (const type of ctx.types()) {
    for (const instance of ctx.ofType(type)) {
      if (read.has(instance.address) || warned.has(instance.address)) continue;
      const unmodelled = UNMODELLED[type];
      if (unmodelled !== undefined) {
        ctx.warn(
          instance.address,
          `${unmodelled} is not modelled; flows through it cannot be told`,
        );
        continue;
      }
      const attrs = ctx.attributes(instance);
      const settings = NETWORK_ATTRIBUTES.filter((name) => {
        const r = attrs.get(name);
        return r.kind === 'value' || r.kind === 'references';
      });
      const vpcConfig = attrs.blocks('vpc_config').length > 0;
      if (type.startsWith('aws_') && (settings.length > 0 || vpcConfig)) {
        const what = [...settings, ...(vpcConfig ? ['vpc_config'] : [])].join(', ');
        ctx.warn(
          instance.address,
          `${type} has network settings (${what}) but is not modelled; it is left out`,
        );
        continue;
      }
      ctx.skipped.add(`${instance.address} (${type})`);
    }
  }
}
