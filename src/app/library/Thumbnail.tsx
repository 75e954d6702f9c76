import { memo, useMemo, type CSSProperties } from 'react';
import { GROUP_COLOUR, lookColour, mix, SUBNET_LOOK } from '../../canvas/awsLooks.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import { thumbnailOf, type ThumbShape } from './thumbnail.ts';

/**
 * Each shape in the canvas's AWS colours (canvas/awsLooks.ts): the VPC purple, public subnets green,
 * private ones teal, instances Compute orange, gateways Networking purple. Fills in CSS variables
 * so the dark theme takes its own (`fill-(--fill) dark:fill-(--fill-dark)`).
 */
const LOOK: Readonly<
  Record<ThumbShape['kind'], { stroke: string; fill: string; fillDark: string }>
> = {
  vpc: {
    stroke: GROUP_COLOUR.vpc,
    fill: mix(GROUP_COLOUR.vpc, 0.06, '#ffffff'),
    fillDark: mix(GROUP_COLOUR.vpc, 0.12, '#020618'),
  },
  subnet: { stroke: SUBNET_LOOK.private.colour, ...fills(SUBNET_LOOK.private) },
  'public-subnet': { stroke: SUBNET_LOOK.public.colour, ...fills(SUBNET_LOOK.public) },
  leaf: {
    stroke: lookColour('instance'),
    fill: lookColour('instance'),
    fillDark: lookColour('instance'),
  },
  gateway: {
    stroke: lookColour('internetGateway'),
    fill: lookColour('internetGateway'),
    fillDark: lookColour('internetGateway'),
  },
  host: { stroke: '#45556c', fill: '#cad5e2', fillDark: '#45556c' },
};

function fills(look: { fill: { light: string; dark: string } }) {
  return { fill: look.fill.light, fillDark: look.fill.dark };
}

/**
 * A gallery card's picture of its scenario: the network's boxes as the canvas lays them out,
 * scaled to the card. Decorative (the card's words say what it is).
 */
export default memo(function Thumbnail({
  scenario,
  layout,
}: {
  readonly scenario: Scenario;
  readonly layout: Layout;
}) {
  const thumb = useMemo(() => thumbnailOf(scenario, layout), [scenario, layout]);
  return (
    <svg
      viewBox={thumb.viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-testid="gallery.thumbnail"
      className="h-24 w-full rounded border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
    >
      {thumb.shapes.map((s, k) => (
        <rect
          key={k}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={s.kind === 'gateway' || s.kind === 'host' ? 18 : 8}
          strokeWidth={s.kind === 'vpc' ? 1.5 : 1}
          vectorEffect="non-scaling-stroke"
          stroke={LOOK[s.kind].stroke}
          className="fill-(--fill) dark:fill-(--fill-dark)"
          style={
            { '--fill': LOOK[s.kind].fill, '--fill-dark': LOOK[s.kind].fillDark } as CSSProperties
          }
        />
      ))}
    </svg>
  );
});
