import type { Piece } from './named.ts';

/**
 * Pieces of text with resources said by name; the ID is the tooltip (and stays in the DOM as
 * `data-id`), so the sentence reads as words and the ID is one hover away.
 */
export default function Named({ pieces }: { readonly pieces: readonly Piece[] }) {
  return (
    <>
      {pieces.map((p, k) =>
        p.kind === 'text' ? (
          <span key={k}>{p.text}</span>
        ) : (
          <span
            key={k}
            title={p.id}
            data-id={p.id}
            className={
              p.name === p.id
                ? 'font-mono text-[11px]'
                : 'font-medium underline decoration-slate-400 decoration-dotted underline-offset-2'
            }
          >
            {p.name}
          </span>
        ),
      )}
    </>
  );
}
