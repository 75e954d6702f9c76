import { describe, expect, it } from 'vitest';
import { threeTierLayout, threeTierScenario } from '../scenarios/threeTier.ts';
import { hubAndSpokeLayout, hubAndSpokeScenario } from '../scenarios/hubAndSpoke.ts';
import {
  CATEGORY_COLOUR,
  INTERFACE_LOOK,
  LOOKS,
  lookColour,
  mix,
  SUBNET_LOOK,
  type LookKind,
} from './awsLooks.ts';
import { diagramSvg } from './export/diagramSvg.ts';
import { diagramFor, parseSvg } from './export/diagram.testkit.ts';
import { ICON_SHAPES } from './iconShapes.ts';

/** WCAG 2 contrast of two hex colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// The category colours of AWS's current icon set, as AWS Labs' packages carry them:
// https://github.com/awslabs/aws-icons-for-plantuml/blob/main/examples/theme-testing/colors.puml
describe('awsLooks', () => {
  it('gives each AWS service its category colour: EC2 and Lambda Compute, RDS Database, the VPC’s parts Networking', () => {
    expect(lookColour('instance')).toBe('#ED7100');
    expect(lookColour('lambda')).toBe('#ED7100');
    expect(lookColour('rds')).toBe('#C925D1');
    const networking: LookKind[] = [
      'vpc',
      'loadBalancer',
      'networkInterface',
      'interfaceEndpoint',
      'gatewayEndpoint',
      'internetGateway',
      'egressOnlyGateway',
      'natGateway',
      'transitGateway',
      'peering',
    ];
    for (const kind of networking) expect(lookColour(kind), kind).toBe('#8C4FFF');
  });

  it('draws every look from a shape the canvas and the export share', () => {
    for (const look of Object.values(LOOKS)) expect(ICON_SHAPES[look.icon]).toBeDefined();
    expect(INTERFACE_LOOK.rds).toBe('rds');
    expect(INTERFACE_LOOK['load-balancer']).toBe('loadBalancer');
    expect(INTERFACE_LOOK.other).toBe('networkInterface');
  });

  it('keeps a white glyph on every tile at 3:1 or more (WCAG 1.4.11, graphics)', () => {
    for (const [category, colour] of Object.entries(CATEGORY_COLOUR))
      expect(contrast('#ffffff', colour), category).toBeGreaterThanOrEqual(3);
  });

  it('puts the subnet badges’ words at 4.5:1 or more, in both themes', () => {
    for (const look of Object.values(SUBNET_LOOK)) {
      expect(contrast(look.badgeInk.light, look.badge.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(look.badgeInk.dark, look.badge.dark)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('mixes a group colour into the page for its fill', () => {
    expect(mix('#7AA116', 0, '#ffffff')).toBe('#ffffff');
    expect(mix('#7AA116', 1, '#ffffff')).toBe('#7aa116');
    expect(mix('#000000', 0.5, '#ffffff')).toBe('#808080');
  });

  it('exports each node’s tile in its category colour, as the canvas draws it', () => {
    for (const [scenario, layout] of [
      [threeTierScenario, threeTierLayout],
      [hubAndSpokeScenario, hubAndSpokeLayout],
    ] as const) {
      const image = diagramSvg(diagramFor(scenario, layout));
      if (!image) throw new Error('nothing drawn');
      const tiles = Array.from(parseSvg(image.svg).getElementsByTagName('g')).filter((g) =>
        g.hasAttribute('data-icon'),
      );
      expect(tiles.length).toBeGreaterThan(0);
      for (const tile of tiles) {
        const kind = tile.getAttribute('data-icon') as LookKind;
        const category = tile.getAttribute('data-category');
        expect(category).toBe(LOOKS[kind].category);
        const shape = tile.getElementsByTagName('*')[0];
        // A subnet's tile is its group's colour; every other tile its category's.
        if (kind !== 'subnet') expect(shape?.getAttribute('fill'), kind).toBe(lookColour(kind));
      }
      const kinds = new Set(tiles.map((t) => t.getAttribute('data-icon')));
      expect(kinds.has('vpc')).toBe(true);
      expect(kinds.has('instance')).toBe(true);
    }
  });
});
