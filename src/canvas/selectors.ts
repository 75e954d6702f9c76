import { isPublicSubnet } from '../model/edit.ts';
import type { Scenario } from '../model/types.ts';
import type { Finding } from '../model/validate.ts';
import { vpcContentsText } from './vpcContents.ts';
import { attachmentSubnetsText, endpointTablesText, transitGatewayText } from './words.ts';
import {
  byId,
  selectFindings,
  selectInstance,
  selectInternetGateway,
  selectEgressOnlyInternetGateway,
  selectNatGateway,
  selectNetworkInterface,
  selectSubnet,
  selectTransitGateway,
  selectTransitGatewayAttachment,
  selectVpc,
  selectVpcEndpoint,
  type StoreState,
} from '../store/index.ts';

/**
 * The canvas's selectors, one entity each, by id. Every node runs its selectors on every store
 * update (a drag frame included), so entity look-ups are the store's indexed ones (`byId`: a map
 * per list object, not a scan), and what is derived per node is cached per scenario object.
 */
export const vpcOn = selectVpc;
export const subnetOn = selectSubnet;
export const instanceOn = selectInstance;
export const internetGatewayOn = selectInternetGateway;
export const natGatewayOn = selectNatGateway;
export const internetHostOn = (s: StoreState, id: string) => byId(s.scenario.internetHosts, id);
export const peeringOn = (s: StoreState, id: string) => byId(s.scenario.peeringConnections, id);
export const networkInterfaceOn = selectNetworkInterface;
export const egressOnlyGatewayOn = selectEgressOnlyInternetGateway;
export const vpcEndpointOn = selectVpcEndpoint;
export const transitGatewayOn = selectTransitGateway;
export const transitAttachmentOn = selectTransitGatewayAttachment;

interface Index {
  /** Filled lazily: whether a subnet is public, and what a VPC holds (for its collapsed box). */
  readonly isPublic: Map<string, boolean>;
  readonly counts: Map<string, string>;
  /** Words derived from other resources, by the ID of the node that shows them. */
  readonly words: Map<string, string>;
  /** How many interfaces of `networkInterfaces` each instance has (its second, third…). */
  extraInterfaces?: Map<string, number>;
}

const indexes = new WeakMap<Scenario, Index>();

function indexOf(scenario: Scenario): Index {
  let index = indexes.get(scenario);
  if (!index) {
    index = { isPublic: new Map(), counts: new Map(), words: new Map() };
    indexes.set(scenario, index);
  }
  return index;
}

/** Public: its route table sends 0.0.0.0/0 (or ::/0) to an internet gateway of its VPC. */
export function subnetIsPublic(s: StoreState, id: string): boolean {
  const index = indexOf(s.scenario);
  let isPublic = index.isPublic.get(id);
  if (isPublic === undefined) {
    isPublic = isPublicSubnet(s.scenario, id);
    index.isPublic.set(id, isPublic);
  }
  return isPublic;
}

/** What a VPC holds, in words: "3 subnets · 6 instances · 1 NAT gateway". */
export function vpcContents(s: StoreState, id: string): string {
  const index = indexOf(s.scenario);
  let text = index.counts.get(id);
  if (text === undefined) {
    text = vpcContentsText(s.scenario, id);
    index.counts.set(id, text);
  }
  return text;
}

/** Words a node shows that come from other resources, cached per scenario and node. */
function cachedWords(s: StoreState, key: string, make: (scenario: Scenario) => string): string {
  const index = indexOf(s.scenario);
  let text = index.words.get(key);
  if (text === undefined) {
    text = make(s.scenario);
    index.words.set(key, text);
  }
  return text;
}

/** How many interfaces an instance has besides its primary one. */
export function extraInterfaceCount(s: StoreState, instanceId: string): number {
  const index = indexOf(s.scenario);
  if (!index.extraInterfaces) {
    const counts = new Map<string, number>();
    for (const e of s.scenario.networkInterfaces) {
      const owner = e.attachment?.instanceId;
      if (owner !== undefined) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    }
    index.extraInterfaces = counts;
  }
  return index.extraInterfaces.get(instanceId) ?? 0;
}

/** A gateway endpoint's route tables by name: "private, data", or '' for none. */
export const endpointTablesOn = (s: StoreState, endpointId: string): string =>
  cachedWords(s, `tables:${endpointId}`, (scenario) => endpointTablesText(scenario, endpointId));

/** A transit gateway in numbers: "2 attachments · 1 table". */
export const transitGatewayCountsOn = (s: StoreState, tgwId: string): string =>
  cachedWords(s, `tgw:${tgwId}`, (scenario) => transitGatewayText(scenario, tgwId));

/** An attachment's subnets with their zones. */
export const attachmentSubnetsOn = (s: StoreState, attachmentId: string): string =>
  cachedWords(s, `attachment:${attachmentId}`, (scenario) =>
    attachmentSubnetsText(scenario, attachmentId),
  );

const NO_FINDINGS: readonly Finding[] = [];
let findingsSource: readonly Finding[] | null = null;
let findingsById = new Map<string, readonly Finding[]>();

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) =>
  a.length === b.length &&
  a.every(
    (f, k) => f.code === b[k]?.code && f.message === b[k]?.message && f.severity === b[k]?.severity,
  );

/**
 * `validate`'s findings about one resource. The list keeps its identity while its findings stay
 * the same, so an edit elsewhere does not re-render every badge.
 */
export function findingsOn(s: StoreState, id: string): readonly Finding[] {
  const all = selectFindings(s);
  if (all !== findingsSource) {
    const grouped = new Map<string, Finding[]>();
    for (const f of all) {
      const list = grouped.get(f.resourceId);
      if (list) list.push(f);
      else grouped.set(f.resourceId, [f]);
    }
    const next = new Map<string, readonly Finding[]>();
    for (const [key, list] of grouped) {
      const old = findingsById.get(key);
      next.set(key, old && sameFindings(old, list) ? old : list);
    }
    findingsSource = all;
    findingsById = next;
  }
  return findingsById.get(id) ?? NO_FINDINGS;
}
