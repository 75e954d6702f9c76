import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types.ts';
import { PEERING_IDS, peeringLayout, peeringScenario } from '../../scenarios/peering.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { hop, traceOf } from '../animation/testScene.ts';
import { diagramSvg } from './diagramSvg.ts';
import { diagramFor, parseSvg } from './diagram.testkit.ts';

const HOSTILE = {
  vpc: '<img src=x onerror=alert(1)>',
  subnet: ']]> & <![CDATA[ x',
  instance: 'web "one" \u0007 & \'two\'',
};

function hostile(): Scenario {
  const s = threeTierScenario;
  return {
    ...s,
    name: '</title><script>alert(1)</script>',
    vpcs: s.vpcs.map((v) => ({ ...v, name: HOSTILE.vpc })),
    subnets: s.subnets.map((x) => (x.id === ID.publicWeb ? { ...x, name: HOSTILE.subnet } : x)),
    instances: s.instances.map((i) => (i.id === ID.web1 ? { ...i, name: HOSTILE.instance } : i)),
  };
}

const svgOf = (scenario: Scenario, options?: Parameters<typeof diagramFor>[2]) => {
  const image = diagramSvg(diagramFor(scenario, threeTierLayout, options));
  if (!image) throw new Error('nothing drawn');
  return image;
};

const texts = (doc: ReturnType<typeof parseSvg>) =>
  Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

/** internet → web-1 on 443, and its response: as the engine would list the hops. */
function internetToWeb() {
  const inbound = { source: '203.0.113.50', destination: '10.0.1.10', protocol: 6 };
  const outbound = { source: '10.0.1.10', destination: '203.0.113.50', protocol: 6 };
  return traceOf([
    hop('request', 'internet-gateway', ID.igw, { packet: inbound }),
    hop('request', 'nacl-ingress', ID.defaultAcl, { subnetId: ID.publicWeb, packet: inbound }),
    hop('request', 'security-group-ingress', ID.web1, { subnetId: ID.publicWeb, packet: inbound }),
    hop('response', 'security-group-egress', ID.web1, { subnetId: ID.publicWeb, packet: outbound }),
    hop('response', 'nacl-egress', ID.defaultAcl, { subnetId: ID.publicWeb, packet: outbound }),
    hop('response', 'route', ID.publicRtb, { subnetId: ID.publicWeb, packet: outbound }),
    hop('response', 'internet-gateway', ID.igw, { packet: outbound }),
  ]);
}

describe('diagramSvg', () => {
  it('chips a leaf imported from Terraform with its address, as the canvas does', () => {
    const imported: Scenario = {
      ...threeTierScenario,
      terraform: {
        source: 'plan',
        addresses: { [ID.web1]: 'aws_instance.w["<&>"]' },
        placeholderIds: [],
        assumedAddresses: {},
      },
    };
    const doc = parseSvg(svgOf(imported).svg);
    const chips = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.hasAttribute('data-address'),
    );
    expect(chips.map((g) => g.getAttribute('data-address'))).toEqual(['aws_instance.w["<&>"]']);
    expect(texts(doc)).toContain('aws_instance.w["<&>"]');
  });

  it('draws the canvas as real vector elements, never HTML', () => {
    const { svg, width, height } = svgOf(threeTierScenario);
    const doc = parseSvg(svg);
    const root = doc.documentElement;
    expect(root?.nodeName).toBe('svg');
    expect(root?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root?.getAttribute('width'))).toBe(width);
    expect(Number(root?.getAttribute('height'))).toBe(height);
    expect(svg).not.toMatch(/foreignObject|<div|<span|<img|xhtml/i);
    for (const tag of ['rect', 'path', 'text', 'g', 'circle']) {
      expect(doc.getElementsByTagName(tag).length, tag).toBeGreaterThan(0);
    }
    // One group per node, named by its resource.
    const groups = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    for (const id of [ID.vpc, ID.publicWeb, ID.privateDb, ID.web1, ID.nat, ID.igw]) {
      expect(groups).toContain(id);
    }
  });

  it('says what the nodes say: names, addresses, blocks, public and private', () => {
    const all = texts(parseSvg(svgOf(threeTierScenario).svg));
    for (const s of threeTierScenario.subnets) {
      expect(all).toContain(s.name);
      expect(all).toContain(`${s.cidrBlock} · ${s.availabilityZone}`);
    }
    for (const i of threeTierScenario.instances) {
      expect(all).toContain(i.name);
      expect(all).toContain(i.privateIp);
    }
    expect(all).toContain('Public');
    expect(all).toContain('Private');
    expect(all).toContain('Internet gateway');
    expect(all).toContain(`VPC ${threeTierScenario.vpcs[0]?.name}`);
  });

  it('keeps hostile names as text: the document stays well formed', () => {
    const { svg } = svgOf(hostile());
    const doc = parseSvg(svg);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u0007');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(
      '</title><script>alert(1)</script>',
    );
    const all = texts(doc);
    expect(all).toContain(`VPC ${HOSTILE.vpc}`);
    expect(all).toContain(HOSTILE.subnet);
    expect(all.some((t) => t.startsWith('web "one"'))).toBe(true);
  });

  it('paints the theme the screen is in', () => {
    const light = parseSvg(svgOf(threeTierScenario).svg);
    const dark = parseSvg(svgOf(threeTierScenario, { theme: 'dark' }).svg);
    const background = (doc: typeof light) =>
      doc.documentElement?.getElementsByTagName('rect')[0]?.getAttribute('fill');
    expect(background(light)).toBe('#f8fafc');
    expect(background(dark)).toBe('#141414');
  });

  it('draws a peering connection as a line between its VPCs with its name', () => {
    const image = diagramSvg(diagramFor(peeringScenario, peeringLayout));
    const doc = parseSvg(image?.svg ?? '');
    const edge = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('data-kind') === 'peering',
    );
    expect(edge).toBeDefined();
    const name = peeringScenario.peeringConnections[0]?.name ?? '';
    expect(edge?.textContent).toContain(name);
    expect(image?.svg).toContain(`id="${PEERING_IDS.vpcA}"`);
  });

  it('leaves the flow out unless asked, and draws its path, marks and badge when asked', () => {
    expect(svgOf(threeTierScenario).svg).not.toContain('id="flow"');
    const trace = internetToWeb();
    const { svg } = svgOf(threeTierScenario, { flow: { trace, step: 2 } });
    const doc = parseSvg(svg);
    const flow = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('id') === 'flow',
    );
    expect(flow).toBeDefined();
    // The internet the flow comes from, the passed hops' marks, the ring, the packet, the badge.
    expect(flow?.textContent).toContain('203.0.113.50');
    const marks = Array.from(flow?.getElementsByTagName('g') ?? []).filter(
      (g) => g.getAttribute('data-mark') === 'allow',
    );
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('data-packet="request"');
    expect(flow?.textContent).toContain('SG in');
    // The track and the legs are lines, stroked and never filled: no black wedge.
    const lines = Array.from(flow?.getElementsByTagName('path') ?? []).filter(
      (p) => p.parentNode === flow,
    );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line.getAttribute('fill')).toBe('none');
  });

  it('stops a blocked flow at the deny, in red', () => {
    const hops = internetToWeb().hops.map((h, k) =>
      k === 2 ? { ...h, verdict: 'deny' as const } : h,
    );
    const { svg } = svgOf(threeTierScenario, {
      flow: { trace: { ...internetToWeb(), hops }, step: 6 },
    });
    expect(svg).toContain('data-packet="blocked"');
    expect(svg).toContain('data-badge="deny"');
  });

  it('has nothing to draw for an empty canvas', () => {
    const empty = {
      ...threeTierScenario,
      vpcs: [],
      subnets: [],
      instances: [],
      natGateways: [],
      internetGateways: [],
    };
    expect(diagramSvg(diagramFor(empty, { nodes: {} }))).toBeNull();
  });
});
