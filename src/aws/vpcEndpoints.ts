import type { EgressOnlyInternetGateway, VpcEndpoint } from '../model/types.ts';
import { knownState } from './awsStates.ts';
import type { AwsEgressOnlyInternetGateway, AwsVpcEndpoint } from './schema/vpcEndpoints.ts';
import { nameFrom } from './tags.ts';
import type { ImportWarnings } from './warnings.ts';

const ENDPOINT_STATES = [
  'pending-acceptance',
  'pending',
  'available',
  'deleting',
  'deleted',
  'rejected',
  'failed',
  'expired',
] as const;

const TYPES: Readonly<Record<string, VpcEndpoint['type']>> = {
  gateway: 'gateway',
  interface: 'interface',
  gatewayloadbalancer: 'gateway-load-balancer',
};

export interface EndpointContext {
  readonly vpcs: ReadonlySet<string>;
  readonly routeTables: ReadonlySet<string>;
  readonly subnets: ReadonlySet<string>;
  /** The prefix list each gateway endpoint's routes name (`pl-… → vpce-…`), by endpoint ID. */
  readonly routedLists: ReadonlyMap<string, string>;
  /** Prefix lists by name: an AWS service's list is named after the service. */
  readonly listsByName: ReadonlyMap<string, string>;
}

/**
 * A VPC endpoint. A gateway endpoint serves the route tables it lists, by a route from its
 * service's prefix list (found in those routes, else by the service's name); an interface endpoint
 * is its interfaces, in its subnets, with its groups. A Gateway Load Balancer endpoint is kept
 * (routes name it) and reported as not modelled, as is an endpoint policy other than the default
 * full-access one; other kinds (resource, service network) are left out with a warning.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 */
export function vpcEndpointFromAws(
  e: AwsVpcEndpoint,
  ctx: EndpointContext,
  warnings: ImportWarnings,
): VpcEndpoint | null {
  const id = e.VpcEndpointId;
  const type = TYPES[e.VpcEndpointType.toLowerCase()];
  const interfaceIds = e.NetworkInterfaceIds ?? [];
  const scope = [id, e.VpcId, ...interfaceIds];
  if (type === undefined) {
    warnings.add(
      id,
      `${e.VpcEndpointType} endpoint is not modelled; it is left out (its interfaces stay)`,
      scope,
    );
    return null;
  }
  if (type === 'gateway-load-balancer') {
    warnings.add(
      id,
      'Gateway Load Balancer endpoint is not modelled: routes to it make a flow unknown',
      scope,
    );
  }
  if (!ctx.vpcs.has(e.VpcId)) {
    warnings.add(id, `is in ${e.VpcId}, which is not in the bundle (Vpcs); it is left out`);
    return null;
  }
  const state = knownState(e.State, ENDPOINT_STATES);
  if (e.State !== undefined && state === undefined) {
    warnings.add(id, `is in state "${e.State}", which is read as not available`, scope);
  }
  const policyIsDefault = isDefaultPolicy(e.PolicyDocument);
  if (!policyIsDefault) {
    warnings.add(
      id,
      'has an endpoint policy that is not the default full-access policy; policies are not modelled',
      scope,
    );
  }
  const keep = (ids: readonly string[] | undefined, known: ReadonlySet<string>, what: string) =>
    (ids ?? []).filter((ref) => {
      if (known.has(ref)) return true;
      warnings.add(id, `names ${ref}, which is not in the bundle (${what}); it is ignored`);
      return false;
    });
  const serviceName = (e.ServiceName ?? '').slice(0, 255) || id;
  const prefixListId =
    type === 'gateway' ? (ctx.routedLists.get(id) ?? ctx.listsByName.get(serviceName)) : undefined;
  if (type === 'gateway' && prefixListId === undefined) {
    warnings.add(
      id,
      `the prefix list of ${serviceName} is not in the bundle (PrefixLists), so which addresses the endpoint serves cannot be told`,
      scope,
    );
  }
  return {
    id,
    name: nameFrom(e.Tags, id),
    vpcId: e.VpcId,
    type,
    serviceName,
    state: state ?? (e.State === undefined ? 'available' : 'pending'),
    routeTableIds: keep(e.RouteTableIds, ctx.routeTables, 'RouteTables'),
    ...(prefixListId === undefined ? {} : { prefixListId }),
    subnetIds: keep(e.SubnetIds, ctx.subnets, 'Subnets'),
    securityGroupIds: [...new Set((e.Groups ?? []).map((g) => g.GroupId))],
    networkInterfaceIds: interfaceIds,
    policyIsDefault,
  };
}

/**
 * AWS's default endpoint policy allows everything: one statement, Allow, any principal, any
 * action, any resource, no condition. Any other policy may refuse what the engine would allow.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html#default-endpoint-policy
 */
export function isDefaultPolicy(document: string | undefined): boolean {
  if (document === undefined || document.trim() === '') return true;
  let policy: unknown;
  try {
    policy = JSON.parse(document);
  } catch {
    return false;
  }
  if (typeof policy !== 'object' || policy === null) return false;
  const statements = (policy as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  if (list.length !== 1) return false;
  const s = list[0] as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return false;
  const any = (v: unknown) => v === '*' || (Array.isArray(v) && v.length === 1 && v[0] === '*');
  const principal = s.Principal;
  const anyPrincipal =
    any(principal) ||
    (typeof principal === 'object' &&
      principal !== null &&
      Object.keys(principal).length === 1 &&
      any((principal as { AWS?: unknown }).AWS));
  return (
    s.Effect === 'Allow' &&
    anyPrincipal &&
    any(s.Action) &&
    any(s.Resource) &&
    s.Condition === undefined &&
    s.NotAction === undefined &&
    s.NotResource === undefined &&
    s.NotPrincipal === undefined
  );
}

// `describe-egress-only-internet-gateways` prints "attached"; "available" is what some tools print.
const ATTACHED = new Set(['attached', 'available']);

/** An egress-only internet gateway, attached to the VPC of its attached attachment. */
export function egressOnlyGatewayFromAws(
  g: AwsEgressOnlyInternetGateway,
  vpcs: ReadonlySet<string>,
): EgressOnlyInternetGateway {
  const vpcId = g.Attachments?.find((a) => ATTACHED.has(a.State) && vpcs.has(a.VpcId))?.VpcId;
  return {
    id: g.EgressOnlyInternetGatewayId,
    name: nameFrom(g.Tags, g.EgressOnlyInternetGatewayId),
    ...(vpcId === undefined ? {} : { vpcId }),
  };
}
