import { rangeOffset, type IpRange } from '../model/ip.ts';
import type { Scenario } from '../model/types.ts';
import type { CEndpoint, CNacl, CPrefixList, CRouteTable, CSubnet, CVpc } from './compiled.ts';
import { compileRouteTable } from './compileRoutes.ts';
import { compileNacl, compilePrefixList, type CidrOf } from './compileRules.ts';

/** Prefix lists and VPC endpoints: what routes and rules name. */
export interface CompiledLists {
  readonly prefixLists: Map<string, CPrefixList>;
  readonly endpoints: Map<string, CEndpoint>;
  readonly endpointList: CEndpoint[];
}

export function compileLists(s: Scenario, cidr: CidrOf): CompiledLists {
  const prefixLists = new Map<string, CPrefixList>();
  for (const p of s.prefixLists) prefixLists.set(p.id, compilePrefixList(p, cidr));
  const endpoints = new Map<string, CEndpoint>();
  for (const e of s.vpcEndpoints) {
    endpoints.set(e.id, {
      id: e.id,
      name: e.name,
      vpcId: e.vpcId,
      type: e.type,
      serviceName: e.serviceName,
      available: e.state === 'available',
      state: e.state,
      routeTableIds: new Set(e.routeTableIds),
      prefixList: e.prefixListId === undefined ? undefined : prefixLists.get(e.prefixListId),
      policyIsDefault: e.policyIsDefault,
    });
  }
  const endpointList = [...endpoints.values()];

  return { prefixLists, endpoints, endpointList };
}

/** Network ACLs, route tables, VPCs and subnets, with their defaults resolved. */
export interface CompiledNetwork {
  readonly nacls: Map<string, CNacl>;
  readonly tables: Map<string, CRouteTable>;
  readonly vpcs: Map<string, CVpc>;
  readonly subnets: Map<string, CSubnet>;
  /** What compiling them said (kept with them, so a reuse says it again). */
  readonly warnings: readonly string[];
}

export function compileNetwork(s: Scenario, lists: CompiledLists, cidr: CidrOf): CompiledNetwork {
  const warnings: string[] = [];
  const { prefixLists, endpointList } = lists;
  const nacls = new Map<string, CNacl>();
  for (const n of s.networkAcls) nacls.set(n.id, compileNacl(n, cidr));
  const vpcRanges = new Map<string, IpRange[]>();
  for (const v of s.vpcs) {
    vpcRanges.set(v.id, [...v.cidrBlocks, ...(v.ipv6CidrBlock ? [v.ipv6CidrBlock] : [])].map(cidr));
  }
  const tables = new Map<string, CRouteTable>();
  for (const t of s.routeTables) {
    const input = {
      id: t.id,
      name: t.name,
      routes: t.routes,
      vpcRanges: vpcRanges.get(t.vpcId) ?? [],
      inScenario: true,
    };
    tables.set(t.id, compileRouteTable(input, cidr, prefixLists, endpointList, warnings));
  }

  const vpcs = new Map<string, CVpc>();
  for (const v of s.vpcs) {
    const ranges = vpcRanges.get(v.id) ?? [];
    const primary = ranges[0];
    const main = s.routeTables.find((t) => t.vpcId === v.id && t.main);
    const defNacl = s.networkAcls.find((n) => n.vpcId === v.id && n.isDefault);
    const igw = s.internetGateways.find((g) => g.vpcId === v.id);
    const eigw = s.egressOnlyInternetGateways.find((g) => g.vpcId === v.id);
    if (!main)
      warnings.push(
        `${v.id} has no main route table; subnets without a table use its local routes only.`,
      );
    if (!defNacl)
      warnings.push(`${v.id} has no default network ACL; subnets without an ACL are not filtered.`);
    const local = { id: `${v.id}:local`, name: 'local routes', routes: [], vpcRanges: ranges };
    vpcs.set(v.id, {
      id: v.id,
      name: v.name,
      ranges,
      dnsResolver: primary?.family === 4 ? (rangeOffset(primary, 2).value as number) : -1,
      internetGatewayId: igw?.id,
      egressOnlyGatewayId: eigw?.id,
      mainRouteTable: main
        ? tables.get(main.id)
        : compileRouteTable({ ...local, inScenario: false }, cidr, prefixLists, [], warnings),
      defaultNacl: defNacl ? nacls.get(defNacl.id) : undefined,
    });
  }

  const subnets = new Map<string, CSubnet>();
  for (const sn of s.subnets) {
    const vpc = vpcs.get(sn.vpcId);
    if (!vpc) {
      warnings.push(
        `${sn.id} names VPC ${sn.vpcId}, which is not in the scenario; it is left out.`,
      );
      continue;
    }
    subnets.set(sn.id, {
      id: sn.id,
      name: sn.name,
      cidrBlock: sn.cidrBlock,
      ipv6CidrBlock: sn.ipv6CidrBlock,
      zone: sn.availabilityZone,
      vpc,
      routeTable: (sn.routeTableId && tables.get(sn.routeTableId)) || vpc.mainRouteTable,
      nacl: (sn.networkAclId && nacls.get(sn.networkAclId)) || vpc.defaultNacl,
    });
  }

  return { nacls, tables, vpcs, subnets, warnings };
}
