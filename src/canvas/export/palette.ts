import type { Attrs } from './xml.ts';
import type { Theme } from './diagram.ts';

/**
 * The colours the canvas is drawn in, by Tailwind's names (its v4 palette, converted from
 * OKLCH to sRGB hex so every SVG reader understands them). Drawers name colours as the node
 * components' class names do (`emerald-50/85` is emerald-50 at 85 % opacity), so the export can be
 * checked against the components line by line.
 */
const TAILWIND: Readonly<Record<string, string>> = {
  white: '#ffffff',
  'slate-50': '#f8fafc',
  'slate-100': '#f1f5f9',
  'slate-200': '#e2e8f0',
  'slate-300': '#cad5e2',
  'slate-400': '#90a1b9',
  'slate-500': '#62748e',
  'slate-600': '#45556c',
  'slate-700': '#314158',
  'slate-800': '#1d293d',
  'slate-900': '#0f172b',
  'slate-950': '#020618',
  'violet-50': '#f5f3ff',
  'violet-100': '#ede9fe',
  'violet-200': '#ddd6ff',
  'violet-300': '#c4b4ff',
  'violet-400': '#a684ff',
  'violet-500': '#8e51ff',
  'violet-600': '#7f22fe',
  'violet-700': '#7008e7',
  'violet-800': '#5d0ec0',
  'violet-900': '#4d179a',
  'violet-950': '#2f0d68',
  'emerald-50': '#ecfdf5',
  'emerald-100': '#d0fae5',
  'emerald-300': '#5ee9b5',
  'emerald-400': '#00d492',
  'emerald-500': '#00bc7d',
  'emerald-600': '#009966',
  'emerald-700': '#007a55',
  'emerald-800': '#006045',
  'emerald-950': '#002c22',
  'sky-50': '#f0f9ff',
  'sky-100': '#dff2fe',
  'sky-300': '#74d4ff',
  'sky-400': '#00bcff',
  'sky-500': '#00a6f4',
  'sky-600': '#0084d1',
  'sky-700': '#0069a8',
  'sky-800': '#00598a',
  'sky-950': '#052f4a',
  'orange-200': '#ffd6a7',
  'orange-400': '#ff8904',
  'orange-500': '#ff6900',
  'orange-800': '#9f2d00',
  'orange-950': '#441306',
  'blue-400': '#51a2ff',
  'blue-600': '#155dfc',
  'blue-950': '#162456',
  'purple-100': '#f3e8ff',
  'purple-200': '#e9d4ff',
  'purple-400': '#c27aff',
  'purple-500': '#ad46ff',
  'purple-600': '#9810fa',
  'purple-800': '#6e11b0',
  'purple-900': '#59168b',
  'purple-950': '#3c0366',
  'indigo-200': '#c6d2ff',
  'indigo-400': '#7c86ff',
  'indigo-600': '#4f39f6',
  'indigo-800': '#372aac',
  'indigo-950': '#1e1a4d',
  'teal-400': '#00d5be',
  'teal-600': '#009689',
  'teal-950': '#022f2e',
  'amber-300': '#ffd230',
  'amber-400': '#ffb900',
  'amber-600': '#e17100',
  'amber-700': '#bb4d00',
  'amber-950': '#461901',
  'red-500': '#fb2c36',
  'red-600': '#e7000b',
};

/** A colour: a Tailwind name (`sky-600`, `sky-50/85`) or a CSS hex colour (`#2563eb`, `#8C4FFF/10`). */
export type Colour = string;

function parse(colour: Colour): { hex: string; opacity: number | null } {
  const [name = '', alpha] = colour.split('/');
  if (name.startsWith('#'))
    return { hex: name, opacity: alpha === undefined ? null : Number(alpha) / 100 };
  const hex = TAILWIND[name];
  if (hex === undefined) throw new Error(`no colour ${name} in the export's palette`);
  return { hex, opacity: alpha === undefined ? null : Number(alpha) / 100 };
}

/** The light colour, or the dark one in the dark theme (a component's `x dark:y`). */
export const tone = (theme: Theme, light: Colour, dark: Colour): Colour =>
  theme === 'dark' ? dark : light;

/** `fill` (and `fill-opacity`) attributes for a colour; `none` for none. */
export function fill(colour: Colour | null): Attrs {
  if (colour === null) return { fill: 'none' };
  const { hex, opacity } = parse(colour);
  return { fill: hex, 'fill-opacity': opacity };
}

/** `stroke` (and `stroke-opacity`) attributes for a colour. */
export function stroke(colour: Colour, width: number): Attrs {
  const { hex, opacity } = parse(colour);
  return { stroke: hex, 'stroke-width': width, 'stroke-opacity': opacity };
}

/** The canvas's background: the page's slate-50 under React Flow, or React Flow's dark grey. */
export const background = (theme: Theme): Colour => tone(theme, 'slate-50', '#141414');
