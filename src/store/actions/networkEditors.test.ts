import { beforeEach, describe, expect, it } from 'vitest';
import {
  HUB_AND_SPOKE_IDS as HUB,
  hubAndSpokeLayout,
  hubAndSpokeScenario,
} from '../../scenarios/hubAndSpoke.ts';
import {
  S3_ENDPOINT_IDS as S3,
  s3EndpointLayout,
  s3EndpointScenario,
} from '../../scenarios/s3Endpoint.ts';
import {
  addListEntry,
  addSecondaryIp,
  addTransitRoute,
  associateAttachment,
  createPrefixList,
  editElasticIp,
  endFieldSession,
  loadScenario,
  removeTransitRoute,
  setAttachmentZoneSubnet,
  setEndpointRouteTable,
  setEndpointSettings,
  setPropagation,
  undo,
  useStore,
} from '../index.ts';

/*
 * The panels' edits of version 2 go through the one door: a valid one is written as one undo
 * step, a refused one comes back as the model's sentence and changes nothing.
 */
const scenario = () => useStore.getState().scenario;
const steps = () => useStore.temporal.getState().pastStates.length;

describe('interface edits', () => {
  beforeEach(() => {
    loadScenario(s3EndpointScenario, s3EndpointLayout);
    endFieldSession();
  });

  it('add a secondary address and an Elastic IP on it, each one undo step', () => {
    const before = steps();
    expect(addSecondaryIp(S3.app, '10.40.1.20')).toBeNull();
    expect(editElasticIp(S3.app, '10.40.1.20', '198.51.100.77')).toBeNull();
    endFieldSession();
    const app = scenario().instances.find((i) => i.id === S3.app);
    expect(app?.secondaryPrivateIps).toEqual([
      { address: '10.40.1.20', publicIp: '198.51.100.77' },
    ]);
    expect(steps()).toBe(before + 2);
    // An empty field takes the Elastic IP off.
    expect(editElasticIp(S3.app, '10.40.1.20', '')).toBeNull();
    expect(scenario().instances.find((i) => i.id === S3.app)?.secondaryPrivateIps).toEqual([
      { address: '10.40.1.20' },
    ]);
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
  it('refuse an Elastic IP that is not an IPv4 address, and a secondary address outside the subnet', () => {
    expect(addSecondaryIp(S3.app, '10.40.1.20')).toBeNull();
    const before = scenario();
    expect(editElasticIp(S3.app, '10.40.1.20', '2001:db8::1')).toMatch(/IPv4/);
    expect(addSecondaryIp(S3.app, '10.40.9.9')).toMatch(/10\.40\.1\.0\/24/);
    expect(scenario()).toBe(before);
  });
});

describe('endpoint edits', () => {
  beforeEach(() => loadScenario(s3EndpointScenario, s3EndpointLayout));

  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
  it('take a route table off a gateway endpoint (AWS removes its route) and put it back', () => {
    expect(setEndpointRouteTable(S3.endpoint, S3.privateRtb, false)).toBeNull();
    const table = () => scenario().routeTables.find((t) => t.id === S3.privateRtb);
    expect(table()?.routes.some((r) => r.target === S3.endpoint)).toBe(false);
    undo();
    expect(table()?.routes.some((r) => r.target === S3.endpoint)).toBe(true);
    expect(setEndpointRouteTable(S3.endpoint, 'rtb-nope', true)).toMatch(/rtb-nope/);
  });

  it('set an endpoint’s state and policy', () => {
    expect(
      setEndpointSettings(S3.endpoint, { state: 'pending', policyIsDefault: false }),
    ).toBeNull();
    expect(scenario().vpcEndpoints[0]).toMatchObject({ state: 'pending', policyIsDefault: false });
  });
});

describe('transit gateway edits', () => {
  beforeEach(() => loadScenario(hubAndSpokeScenario, hubAndSpokeLayout));
  const table = () => scenario().transitGatewayRouteTables[0];

  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
  it('turn a propagation off and on, add and remove a blackhole route', () => {
    expect(setPropagation(HUB.tgwRtb, HUB.attachB, false)).toBeNull();
    expect(table()?.propagations).toEqual([HUB.attachHub, HUB.attachA]);
    expect(setPropagation(HUB.tgwRtb, HUB.attachB, true)).toBeNull();
    expect(addTransitRoute(HUB.tgwRtb, '10.12.9.0/24', null)).toBeNull();
    expect(table()?.routes).toEqual([
      { destination: '10.12.9.0/24', state: 'blackhole', type: 'static' },
    ]);
    expect(removeTransitRoute(HUB.tgwRtb, 0)).toBeNull();
    expect(table()?.routes).toEqual([]);
  });

  it('refuse a route that is no CIDR block, and a second subnet of one zone', () => {
    const before = scenario();
    expect(addTransitRoute(HUB.tgwRtb, '10.12.0.0/33', HUB.attachB)).toMatch(/10\.12\.0\.0\/33/);
    expect(setAttachmentZoneSubnet(HUB.attachA, 'us-east-1a', 'subnet-nope')).toMatch(
      /subnet-nope/,
    );
    expect(scenario()).toBe(before);
  });

  it('associate an attachment with no table, and back', () => {
    expect(associateAttachment(HUB.attachB, null)).toBeNull();
    const b = () => scenario().transitGatewayAttachments.find((a) => a.id === HUB.attachB);
    expect(b()?.associatedRouteTableId).toBeUndefined();
    expect(associateAttachment(HUB.attachB, HUB.tgwRtb)).toBeNull();
    expect(b()?.associatedRouteTableId).toBe(HUB.tgwRtb);
  });
});

describe('prefix list edits', () => {
  beforeEach(() => loadScenario(s3EndpointScenario, s3EndpointLayout));

  // https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
  it('create a list and refuse an entry of the other family, or any change to an AWS-managed list', () => {
    const made = createPrefixList('offices', 'IPv4', 5);
    if (!('id' in made)) return expect.fail(made.error);
    expect(addListEntry(made.id, '2001:db8::/48')).toMatch(/this list is IPv4/);
    expect(addListEntry(made.id, '198.51.100.0/24', 'Paris')).toBeNull();
    expect(scenario().prefixLists.find((p) => p.id === made.id)?.entries).toEqual([
      { cidr: '198.51.100.0/24', description: 'Paris' },
    ]);
    expect(addListEntry('pl-63a5400a', '198.51.100.0/24')).toMatch(/AWS-managed/);
  });
});
