import { fill, type Colour } from './palette.ts';
import { el, escapeXml, type Attrs } from './xml.ts';

/**
 * Text as the canvas sets it: the same font stacks, sizes and weights as the nodes' CSS, one line
 * at a time, cut with an ellipsis where the node's `truncate` would cut it. How wide a text is
 * comes from a `Measure`: the browser's own (canvasMeasure.ts) when exporting, so lines are cut
 * where the screen cuts them; an estimate in tests.
 */

export type FontFamily = 'sans' | 'ui' | 'mono';

/** The CSS font stacks: React Flow's for the nodes, Tailwind's for the overlay and code. */
export const FONT_STACKS: Readonly<Record<FontFamily, string>> = {
  sans: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', Arial, sans-serif",
  ui: 'ui-sans-serif, system-ui, sans-serif',
  mono: "ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, 'Liberation Mono', 'Courier New', monospace",
};

/**
 * Where the baseline sits below the middle of a line, per em: half of (ascent − descent) of
 * the faces these stacks pick (Arial/Liberation Sans 0.905 and 0.212; Liberation Mono 0.833 and
 * 0.300), as CSS centres a font's content box in its line.
 */
const BASELINE: Readonly<Record<FontFamily, number>> = { sans: 0.3465, ui: 0.3465, mono: 0.2665 };

export interface Font {
  readonly family: FontFamily;
  readonly size: number;
  readonly weight: number;
}

/** The CSS `font` shorthand of a font (what a canvas context takes). */
export const cssFont = (font: Font): string =>
  `${font.weight} ${font.size}px ${FONT_STACKS[font.family]}`;

/** Width of a text in a font, in px. */
export type Measure = (text: string, font: Font) => number;

/**
 * An estimate without a browser: a monospace advance of 0.6 em, and about 0.55 em per character
 * of sans-serif (0.6 in bold). Good enough for tests; exports measure for real.
 */
export const estimateWidth: Measure = (text, font) =>
  [...text].length * font.size * (font.family === 'mono' ? 0.6 : font.weight >= 600 ? 0.6 : 0.55);

/** A piece of a line in one font and colour. */
export interface Run {
  readonly text: string;
  readonly font: Font;
  readonly colour: Colour;
}

export const run = (text: string, font: Font, colour: Colour): Run => ({ text, font, colour });

/** As HTML shows it: any run of white space (new lines included) is one space. */
export const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ');

export const runsWidth = (runs: readonly Run[], measure: Measure): number =>
  runs.reduce((w, r) => w + measure(r.text, r.font), 0);

const ELLIPSIS = '…';

/**
 * The runs cut to `maxWidth` with an ellipsis, as `text-overflow: ellipsis` cuts them: whole
 * characters, the ellipsis in the font of the run it ends.
 */
export function fitRuns(runs: readonly Run[], maxWidth: number, measure: Measure): Run[] {
  const clean = runs.map((r) => ({ ...r, text: collapseSpace(r.text) }));
  if (runsWidth(clean, measure) <= maxWidth) return clean;
  const out: Run[] = [];
  let used = 0;
  for (const r of clean) {
    const width = measure(r.text, r.font);
    const room = maxWidth - used - measure(ELLIPSIS, r.font);
    if (width <= room) {
      out.push(r);
      used += width;
      continue;
    }
    const chars = [...r.text];
    let keep = chars.length;
    while (keep > 0 && measure(chars.slice(0, keep).join(''), r.font) > room) keep--;
    out.push({ ...r, text: chars.slice(0, keep).join('').trimEnd() + ELLIPSIS });
    return out;
  }
  return out;
}

/** The document's font: a text in it names no family of its own. */
const DOCUMENT_FONT: Font = { family: 'sans', size: 16, weight: 400 };

const fontAttrs = (font: Font, base: Font = DOCUMENT_FONT): Attrs => ({
  'font-family': base.family === font.family ? null : FONT_STACKS[font.family],
  'font-size': base.size === font.size ? null : font.size,
  'font-weight': base.weight === font.weight ? null : font.weight,
});

/** Where a line goes: a CSS line box (its top and height), or an SVG baseline. */
export type LineAt =
  | { readonly x: number; readonly top: number; readonly lineHeight: number }
  | { readonly x: number; readonly baseline: number };

/**
 * One line of text from `x`, cut to `maxWidth` when given. The first run's font and colour sit
 * on the `text` element, the others' on `tspan`s.
 */
export function textLine(
  runs: readonly Run[],
  at: LineAt,
  measure: Measure,
  options: { readonly maxWidth?: number; readonly anchor?: 'middle' | 'end' } = {},
): string {
  const fitted =
    options.maxWidth === undefined
      ? runs.map((r) => ({ ...r, text: collapseSpace(r.text) }))
      : fitRuns(runs, options.maxWidth, measure);
  const first = fitted.find((r) => r.text !== '');
  if (!first) return '';
  // CSS sets every run's box on one baseline, low enough for the tallest: with mixed fonts
  // (a block in mono, " · " in sans) the line box grows and the baseline moves down.
  const y =
    'baseline' in at
      ? at.baseline
      : at.top +
        at.lineHeight / 2 +
        Math.max(...fitted.map((r) => BASELINE[r.font.family] * r.font.size));
  const parts = fitted
    .filter((r) => r.text !== '')
    .map((r) =>
      r === first
        ? escapeXml(r.text)
        : el(
            'tspan',
            {
              ...fontAttrs(r.font, first.font),
              ...(r.colour === first.colour ? {} : fill(r.colour)),
            },
            escapeXml(r.text),
          ),
    );
  return el(
    'text',
    {
      x: at.x,
      y,
      ...fontAttrs(first.font),
      ...fill(first.colour),
      'text-anchor': options.anchor,
      'xml:space': 'preserve',
    },
    ...parts,
  );
}
