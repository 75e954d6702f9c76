import { describe, expect, it } from 'vitest';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { diagramFor, parseSvg } from './diagram.testkit.ts';
import { diagramSvg } from './diagramSvg.ts';

const docOf = (view?: { routes?: boolean; security?: boolean }) => {
  const layout = view ? { ...threeTierLayout, view } : threeTierLayout;
  const image = diagramSvg(diagramFor(threeTierScenario, layout));
  if (!image) throw new Error('nothing drawn');
  return parseSvg(image.svg);
};

const kinds = (doc: ReturnType<typeof parseSvg>, kind: string) =>
  Array.from(doc.getElementsByTagName('g')).filter((g) => g.getAttribute('data-kind') === kind);

describe('the export draws what the view adds', () => {
  it('draws route edges with their destinations, above the subnets and under their instances', () => {
    const doc = docOf();
    const routes = kinds(doc, 'route');
    expect(routes.map((g) => g.getAttribute('id'))).toEqual([
      `route:${ID.publicRtb}:${ID.igw}`,
      `route:${ID.privateRtb}:${ID.nat}`,
    ]);
    expect(routes.every((g) => g.textContent?.includes('0.0.0.0/0'))).toBe(true);
    const order = Array.from(doc.getElementsByTagName('g')).map((g) => g.getAttribute('id'));
    expect(order.indexOf('view-edges')).toBeGreaterThan(order.indexOf(ID.privateDb));
    expect(order.indexOf('view-edges')).toBeLessThan(order.indexOf(ID.web1));
  });

  it('leaves route edges out when the view hides them, and draws the security view when on', () => {
    const doc = docOf({ routes: false, security: true });
    expect(kinds(doc, 'route')).toEqual([]);
    const groups = kinds(doc, 'group').map((g) => g.textContent);
    expect(groups).toEqual(['web → app · tcp 8080', 'app → db · tcp 5432']);
  });

  it('puts each node’s security groups and each subnet’s network ACL on its border as chips', () => {
    const doc = docOf();
    const chips = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.hasAttribute('data-chip'),
    );
    const texts = chips.map((g) => `${g.getAttribute('data-chip')}=${g.textContent}`);
    expect(texts).toContain(`${ID.sgWeb}=web`);
    expect(texts).toContain(`${ID.aclApp}=NACL app`);
    expect(texts).toContain(`${ID.defaultAcl}=NACL default`);
  });

  it('draws the Region around the VPCs and the zone band around the subnets', () => {
    const doc = docOf();
    expect(kinds(doc, 'region').map((g) => g.textContent)).toEqual(['Region us-east-1']);
    const zones = Array.from(doc.getElementsByTagName('g')).filter((g) =>
      g.hasAttribute('data-zone'),
    );
    expect(zones.map((g) => g.getAttribute('data-zone'))).toEqual(['us-east-1a']);
  });
});
