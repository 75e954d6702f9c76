import { scenarioInterfaces, type InterfaceView } from '../model/interfaces.ts';
import { parseCidr, parseIp, rangeHas } from '../model/ip.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import type { Path, Selector } from './expectations/selectorSyntax.ts';

/** A selector that names a resource the network does not have (exit 2, at its path). */
export class SelectorError extends Error {
  constructor(
    readonly path: Path,
    message: string,
  ) {
    super(message);
    this.name = 'SelectorError';
  }
}

/** The endpoints a set is chosen from: the class matrix's, in its order. */
export interface Universe {
  readonly scenario: Scenario;
  /** Each endpoint's ID (an interface's trace ID, `internet:<address>`, an AWS service). */
  readonly endpoints: readonly string[];
  /** The internet's pieces: endpoint index → the address evaluated for it. */
  readonly internet: ReadonlyMap<number, string>;
  /** Reads one endpoint as `analyze --from` does; throws an Error saying why it names nothing. */
  readonly resolveEndpoint: (text: string) => Endpoint;
}

/**
 * The members of a set (spec/ci-check.md, "Selectors"), as a mask over the universe. `vpc`,
 * `subnet` and `security-group` take an ID, a Name or a Terraform address and must name something;
 * `tag` matches an interface's tags or its instance's, `subnet-tag` its subnet's; `cidr` every
 * address of an interface and the pieces of the internet evaluated inside it; `not` is the rest of
 * the universe; `any-of` a union; an object of several keys, what all of them select.
 */
export function selectEndpoints(selector: Selector, u: Universe): Uint8Array {
  const views = viewsOf(u);
  const n = u.endpoints.length;
  const where = (test: (view: InterfaceView) => boolean): Uint8Array => {
    const out = new Uint8Array(n);
    views.forEach((view, k) => {
      if (view && test(view)) out[k] = 1;
    });
    return out;
  };
  const s = u.scenario;
  switch (selector.kind) {
    case 'internet': {
      const out = new Uint8Array(n);
      for (const k of u.internet.keys()) out[k] = 1;
      return out;
    }
    case 'endpoint':
      return endpointMask(selector, u, views);
    case 'vpc': {
      const ids = named(s, 'vpc', selector, s.vpcs);
      const vpcOf = new Map(s.subnets.map((x) => [x.id, x.vpcId]));
      return where((v) => ids.has(vpcOf.get(v.subnetId) ?? ''));
    }
    case 'subnet': {
      const ids = named(s, 'subnet', selector, s.subnets);
      return where((v) => ids.has(v.subnetId));
    }
    case 'security-group': {
      const ids = named(s, 'security group', selector, s.securityGroups);
      return where((v) => v.securityGroupIds.some((g) => ids.has(g)));
    }
    case 'tag': {
      const instanceTags = new Map(s.instances.map((i) => [i.id, i.tags]));
      return where(
        (v) =>
          hasTags(v.tags, selector.tags) ||
          (v.instanceId !== undefined && hasTags(instanceTags.get(v.instanceId), selector.tags)),
      );
    }
    case 'subnet-tag': {
      const ids = new Set(s.subnets.filter((x) => hasTags(x.tags, selector.tags)).map((x) => x.id));
      return where((v) => ids.has(v.subnetId));
    }
    case 'cidr': {
      const range = parseCidr(selector.value);
      if (!range) throw new SelectorError(selector.path, `"${selector.value}" is not a CIDR block`);
      const inside = (ip: string | undefined) => {
        const value = ip === undefined ? null : parseIp(ip);
        return value !== null && rangeHas(range, value);
      };
      const out = where((v) =>
        [
          v.privateIp,
          v.publicIp,
          ...v.secondaryPrivateIps.flatMap((x) => [x.address, x.publicIp]),
          ...v.ipv6Addresses,
        ].some(inside),
      );
      for (const [k, address] of u.internet) if (inside(address)) out[k] = 1;
      return out;
    }
    case 'not': {
      const inner = selectEndpoints(selector.of, u);
      return inner.map((x) => 1 - x);
    }
    case 'any-of':
    case 'all-of': {
      const parts = selector.of.map((p) => selectEndpoints(p, u));
      const out = new Uint8Array(n).fill(selector.kind === 'all-of' ? 1 : 0);
      for (const p of parts)
        for (let k = 0; k < n; k++)
          out[k] =
            selector.kind === 'all-of'
              ? (out[k] as number) & (p[k] as number)
              : (out[k] as number) | (p[k] as number);
      return out;
    }
  }
}

const viewCache = new WeakMap<Universe, (InterfaceView | undefined)[]>();

/** Each endpoint's interface (undefined for the internet and AWS services). */
function viewsOf(u: Universe): (InterfaceView | undefined)[] {
  const cached = viewCache.get(u);
  if (cached) return cached;
  const byId = new Map(scenarioInterfaces(u.scenario).map((v) => [v.id, v]));
  const views = u.endpoints.map((id) => byId.get(id));
  viewCache.set(u, views);
  return views;
}

function endpointMask(
  selector: Selector & { kind: 'endpoint' },
  u: Universe,
  views: readonly (InterfaceView | undefined)[],
): Uint8Array {
  let endpoint: Endpoint;
  try {
    endpoint = u.resolveEndpoint(selector.text);
  } catch (error) {
    throw new SelectorError(selector.path, error instanceof Error ? error.message : String(error));
  }
  const out = new Uint8Array(u.endpoints.length);
  views.forEach((v, k) => {
    if (!v) return;
    if ('instanceId' in endpoint && v.primary && v.instanceId === endpoint.instanceId) out[k] = 1;
    if (
      'interfaceId' in endpoint &&
      (v.interfaceId === endpoint.interfaceId || v.id === endpoint.interfaceId)
    )
      out[k] = 1;
    if (!('instanceId' in endpoint) && !('interfaceId' in endpoint)) {
      const a = endpoint.address;
      if (
        v.privateIp === a ||
        v.publicIp === a ||
        v.ipv6Addresses.includes(a) ||
        v.secondaryPrivateIps.some((x) => x.address === a || x.publicIp === a)
      )
        out[k] = 1;
    }
  });
  if (!('instanceId' in endpoint) && !('interfaceId' in endpoint))
    for (const [k, address] of u.internet) if (address === endpoint.address) out[k] = 1;
  if (!out.includes(1))
    throw new SelectorError(
      selector.path,
      `"${selector.text}" is not an interface of the network nor an address the internet is evaluated at; use internet or { cidr: … }`,
    );
  return out;
}

interface Resource {
  readonly id: string;
  readonly name: string;
  readonly tags?: Readonly<Record<string, string>> | undefined;
}

/** The IDs a `vpc`/`subnet`/`security-group` value names: by ID, Name or Terraform address. */
function named(
  s: Scenario,
  kind: string,
  selector: Selector & { value: string },
  list: readonly Resource[],
): Set<string> {
  const v = selector.value;
  const addresses = s.terraform?.addresses ?? {};
  const byAddress = (id: string) => {
    const a = addresses[id];
    return a !== undefined && (a === v || a.startsWith(`${v}[`));
  };
  const ids = new Set(
    list
      .filter((r) => r.id === v || r.name === v || r.tags?.Name === v || byAddress(r.id))
      .map((r) => r.id),
  );
  if (ids.size === 0)
    throw new SelectorError(
      selector.path,
      `no ${kind} has the ID, Name${s.terraform ? ' or Terraform address' : ''} "${v}"`,
    );
  return ids;
}

function hasTags(
  tags: Readonly<Record<string, string>> | undefined,
  wanted: Readonly<Record<string, string>>,
): boolean {
  if (!tags) return false;
  return Object.entries(wanted).every(([k, value]) => tags[k] === value);
}
