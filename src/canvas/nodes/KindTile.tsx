import { CATEGORY_COLOUR, LOOKS, type LookKind } from '../awsLooks.ts';
import { ShapedIcon } from '../icons.tsx';
import type { IconName } from '../iconShapes.ts';

/**
 * A kind's icon as AWS draws a service: a tile in its category's colour (awsLooks.ts), the glyph
 * white on it; square, or round for a gateway on a VPC's edge. `data-icon` and `data-category`
 * say which, for the journeys that check every kind reads as its AWS counterpart.
 */
export default function KindTile({
  kind,
  size = 18,
  round = false,
  colour,
  icon,
  className = 'p-1',
}: {
  readonly kind: LookKind;
  readonly size?: number;
  readonly round?: boolean;
  /** A group's own colour (a subnet's), instead of the category's. */
  readonly colour?: string;
  /** A group's own glyph (a subnet's padlock), instead of the kind's. */
  readonly icon?: IconName;
  readonly className?: string;
}) {
  const look = LOOKS[kind];
  return (
    <span
      data-icon={kind}
      data-category={look.category}
      className={`kind-tile shrink-0 text-white ${round ? 'rounded-full' : 'rounded'} ${className}`}
      style={{ backgroundColor: colour ?? CATEGORY_COLOUR[look.category] }}
    >
      <ShapedIcon name={icon ?? look.icon} width={size} height={size} />
    </span>
  );
}
