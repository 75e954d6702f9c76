import { describe, expect, it } from 'vitest';
import { estimateWidth, fitRuns, run, textLine, type Font } from './text.ts';

const SANS: Font = { family: 'sans', size: 10, weight: 400 };
const MONO: Font = { family: 'mono', size: 10, weight: 400 };
/** Every character 10 px wide: easy sums. */
const tenEach = (text: string) => [...text].length * 10;

describe('fitRuns', () => {
  it('keeps runs that fit, and cuts the one that does not with an ellipsis', () => {
    const runs = [run('VPC ', SANS, 'violet-700'), run('production', SANS, 'violet-950')];
    expect(fitRuns(runs, 200, tenEach).map((r) => r.text)).toEqual(['VPC ', 'production']);
    // 4 + 3 + the ellipsis = 80 px.
    expect(fitRuns(runs, 80, tenEach).map((r) => r.text)).toEqual(['VPC ', 'pro…']);
    // Cut inside the first run: the second is dropped.
    expect(fitRuns(runs, 30, tenEach).map((r) => r.text)).toEqual(['VP…']);
  });

  it('collapses white space as HTML does', () => {
    expect(fitRuns([run('a \n\t b', SANS, 'white')], 100, tenEach)[0]?.text).toBe('a b');
  });
});

describe('textLine', () => {
  it('puts the first run on the text element, the others on tspans, on one baseline', () => {
    const svg = textLine(
      [run('10.0.0.0/24', MONO, 'sky-800'), run(' · ', SANS, 'sky-800')],
      { x: 5, top: 0, lineHeight: 16 },
      estimateWidth,
    );
    // The sans run sits lower in its line than the mono one: the shared baseline is its.
    expect(svg).toMatch(/^<text x="5" y="11.47" font-family="ui-monospace[^"]*" font-size="10"/);
    expect(svg).toContain('<tspan font-family="-apple-system');
    expect(svg).toContain('xml:space="preserve"');
  });

  it('draws nothing for empty text', () => {
    expect(textLine([run('', SANS, 'white')], { x: 0, baseline: 0 }, estimateWidth)).toBe('');
  });
});
