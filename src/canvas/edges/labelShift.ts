import type { LabelAnchor } from '../routes/routePath.ts';

/** How far left a label moves (CSS translate) for the part of it that is put at its point. */
export const SHIFT: Record<LabelAnchor, string> = { centre: '-50%', start: '0', end: '-100%' };
