import type { ZoneBand } from '../../layout/zones.ts';

/**
 * A VPC's Availability Zone bands: a dashed box around each zone's subnets, the zone named on its
 * bottom edge at the left (the top edge is where route edges meet on their way to the internet
 * gateway; a subnet's NACL chip is at its bottom right), behind the subnets, which are nodes of
 * their own above the VPC.
 */
export default function ZoneBands({ bands }: { bands: readonly ZoneBand[] }) {
  return (
    <>
      {bands.map(({ zone, box }) => (
        <div
          key={zone}
          data-testid={`canvas.zone.${zone}`}
          className="pointer-events-none absolute rounded-lg border border-dashed border-slate-400 dark:border-slate-500"
          style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        >
          <span className="absolute -bottom-2 left-3 rounded bg-white px-1 font-mono text-[11px] leading-4 text-slate-600 dark:bg-slate-900 dark:text-slate-300">
            {zone}
          </span>
        </div>
      ))}
    </>
  );
}
