import type { ReachabilityMatrix } from '../../engine/index.ts';

/**
 * What the internet's rows stand for: each is a piece of the public address space that every
 * rule and route of the network treats alike, evaluated at one of its addresses (the piece that
 * holds 203.0.113.50, the Flows tab's internet client, at that very address).
 */
export default function InternetPieces({
  internet,
}: {
  readonly internet: ReachabilityMatrix['internet'];
}) {
  if (internet.length === 0) return null;
  return (
    <details
      data-testid="matrix.internet"
      className="border-t border-slate-200 px-4 py-1.5 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-200"
    >
      <summary className="cursor-pointer select-none">
        The internet: {internet.length === 1 ? 'one row' : `${internet.length} rows`}, each a piece
        of the public address space that the rules and routes treat alike
      </summary>
      <ul className="mt-1 max-h-40 space-y-0.5 overflow-auto">
        {internet.map(({ piece }) => (
          <li key={piece.address}>
            <strong>{piece.label}</strong>, evaluated at{' '}
            <code className="font-mono">{piece.address}</code>: every address of{' '}
            <span className="font-mono">{piece.cidrs.join(', ')}</span>
            {piece.cidrCount > piece.cidrs.length &&
              ` and ${(piece.cidrCount - piece.cidrs.length).toLocaleString('en-US')} more blocks`}
            , less the network’s own addresses
          </li>
        ))}
      </ul>
    </details>
  );
}
