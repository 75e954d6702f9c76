import type { Direction, Hop, Layer, Trace } from '../../engine/types.ts';
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
 * at db-1), a line for the request and one for the response. A hop that denied or could not be
 * told names where.
 */
export default function LayerStrip({ trace }: { readonly trace: Trace }) {
  const parts: { direction: Direction; hops: { hop: Hop; index: number }[] }[] = [];
  trace.hops.forEach((hop, index) => {
    const last = parts.at(-1);
    if (last?.direction === hop.direction) last.hops.push({ hop, index });
    else parts.push({ direction: hop.direction, hops: [{ hop, index }] });
  });
  return (
    <div data-testid="explain.strip" className="space-y-0.5 text-[11px] leading-snug">
      {parts.map((part, k) => (
        <div key={k} className="flex items-baseline gap-1.5">
          <span className="w-[4.75rem] shrink-0 font-semibold whitespace-nowrap text-slate-600 dark:text-slate-400">
            {part.direction === 'request' ? 'Request' : '↩ Response'}
          </span>
          <ol
            aria-label={`${part.direction === 'request' ? 'Request' : 'Response'} layers, in order`}
            className="flex flex-wrap items-baseline gap-x-1 gap-y-0.5"
          >
            {part.hops.map(({ hop, index }, n) => (
              <StripItem key={index} hop={hop} index={index} first={n === 0} />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

function StripItem({
  hop,
  index,
  first,
}: {
  readonly hop: Hop;
  readonly index: number;
  readonly first: boolean;
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
      {first ? null : (
        <span aria-hidden="true" className="mr-1 text-slate-400">
          ·
        </span>
      )}
      <span aria-hidden="true">{v.icon} </span>
      <span className="sr-only">{v.word}: </span>
      {SHORT[hop.layer]}
      {where ? ` at ${where}` : ''}
    </li>
  );
}
