import type { Hop, Layer, Trace } from '../../engine/types.ts';
import { useStore } from '../../store/index.ts';
import { hopVerdict, resourceName } from './words.ts';

const SHORT: Readonly<Record<Layer, string>> = {
  'security-group-egress': 'SG out',
  'nacl-egress': 'NACL out',
  route: 'route',
  'nacl-ingress': 'NACL in',
  'security-group-ingress': 'SG in',
  'internet-gateway': 'IGW',
  'nat-gateway': 'NAT',
  peering: 'peering',
  'transit-gateway': 'TGW',
  'vpc-endpoint': 'endpoint',
  'egress-only-internet-gateway': 'egress-only IGW',
};

const TONE = {
  '✓': 'text-emerald-800 dark:text-emerald-300',
  '✗': 'font-semibold text-red-700 dark:text-red-300',
  '–': 'text-slate-600 dark:text-slate-400',
  '?': 'font-semibold text-amber-800 dark:text-amber-300',
} as const;

/**
 * The summary strip: one short item per hop, in order (✓ SG out · ✓ NACL out · ✓ route · ✗ SG in
 * at db-1), the response after a ↩. A hop that denied or could not be told names where.
 */
export default function LayerStrip({ trace }: { readonly trace: Trace }) {
  return (
    <ol
      aria-label="Every layer, in order"
      data-testid="explain.strip"
      className="flex flex-wrap items-baseline gap-x-1 gap-y-0.5 text-[11px] leading-snug"
    >
      {trace.hops.map((hop, k) => (
        <StripItem
          key={k}
          hop={hop}
          index={k}
          turn={k > 0 && hop.direction !== trace.hops[k - 1]?.direction}
        />
      ))}
    </ol>
  );
}

function StripItem({
  hop,
  index,
  turn,
}: {
  readonly hop: Hop;
  readonly index: number;
  readonly turn: boolean;
}) {
  const v = hopVerdict(hop);
  const stops = v.icon === '✗' || v.icon === '?';
  const where = useStore((s) => (stops ? resourceName(s.scenario, hop.resourceId) : ''));
  return (
    <li
      data-testid={`explain.strip.${index}`}
      data-verdict={hop.verdict}
      className={`whitespace-nowrap ${TONE[v.icon]}`}
    >
      {turn ? (
        <span className="mr-1 text-slate-600 dark:text-slate-400">
          <span aria-hidden="true">↩ </span>response:
        </span>
      ) : index > 0 ? (
        <span aria-hidden="true" className="mr-1 text-slate-400">
          ·
        </span>
      ) : null}
      <span aria-hidden="true">{v.icon} </span>
      <span className="sr-only">{v.word}: </span>
      {SHORT[hop.layer]}
      {where ? ` at ${where}` : ''}
    </li>
  );
}
