import type { RouteTargetKind } from '../../model/types.ts';
import type { RouteLink } from './routeLinks.ts';

/** A blackhole route: red, and dashed so that it is not told by colour alone. */
export const BLACKHOLE_COLOUR = '#dc2626';
export const BLACKHOLE_DASH = '6 5';

/** The line's colour by what it reaches: AWS's networking purple, teal for NAT, indigo for endpoints. */
const KIND_COLOUR: Partial<Record<RouteTargetKind, string>> = {
  'internet-gateway': '#7c3aed',
  'egress-only-internet-gateway': '#7c3aed',
  'nat-gateway': '#0d9488',
  peering: '#7c3aed',
  'transit-gateway': '#9333ea',
  'vpc-endpoint': '#4f46e5',
  'network-interface': '#2563eb',
};

export function routeColour(link: RouteLink): string {
  return link.blackhole ? BLACKHOLE_COLOUR : (KIND_COLOUR[link.kind] ?? '#64748b');
}

/** The label: at most three destinations, then how many more ("+2"); "blackhole" said in words. */
export function routeLabel(link: RouteLink): string {
  const shown = link.destinations.slice(0, 3).join(', ');
  const more = link.destinations.length > 3 ? ` +${link.destinations.length - 3}` : '';
  return `${link.blackhole ? '✕ ' : ''}${shown}${more}${link.blackhole ? ' blackhole' : ''}`;
}

/**
 * About how wide the label is drawn: 11 px monospace (0.6 em a character), `px-1.5` and a 1 px
 * border each side, at most `max-w-[220px]`. Enough to keep it off a gateway; not for drawing.
 */
export function routeLabelWidth(link: RouteLink): number {
  return Math.min(220, routeLabel(link).length * 6.6 + 14);
}

/** The label's tooltip: the table, each destination and the target, by name where it has one. */
export function routeTitle(link: RouteLink): string {
  const state = link.blackhole ? ' (blackhole: the target is gone, packets are dropped)' : '';
  return `Route table ${link.tableName} (${link.tableId}): ${link.destinations.join(', ')} → ${link.target}${state}`;
}
