import type { IpValue } from '../model/ip.ts';
import type { CRoute, CRouteTable } from './compile.ts';
import { inRange } from './match.ts';

/**
 * The most specific route that covers the destination wins (longest prefix match); the table's
 * routes are sorted most specific first, so the first hit is it.
 * https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
 */
export function routeLookup(table: CRouteTable, destination: IpValue): CRoute | undefined {
  for (const r of table.routes) if (inRange(r.range, destination)) return r;
  return undefined;
}
