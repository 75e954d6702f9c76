import { cssFont, estimateWidth, type Font, type Measure } from './text.ts';

/**
 * The browser's own text widths (a 2D canvas context set to the same font as the nodes' CSS), so
 * the export cuts a long name exactly where the screen does. Falls back to the estimate where no
 * canvas context can be had.
 */
export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  const cache = new Map<string, number>();
  return (text: string, font: Font) => {
    const css = cssFont(font);
    const key = `${css}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = css;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
