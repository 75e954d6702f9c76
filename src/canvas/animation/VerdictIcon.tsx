import IconParts from '../IconParts.tsx';
import type { Mark } from './hopText.ts';
import { VERDICT_SHAPES } from './verdictShapes.ts';

/** A hop's verdict told by shape and colour, never colour alone (see verdictShapes.ts). */
export default function VerdictIcon({ mark, size = 20 }: { mark: Mark; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden focusable="false">
      <IconParts parts={VERDICT_SHAPES[mark]} />
    </svg>
  );
}
