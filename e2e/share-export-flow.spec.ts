import { DOMParser, onWarningStopParsing } from '@xmldom/xmldom';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  blank,
  decodePng,
  inkscape,
  inkscapePng,
  likeness,
  readPng,
  withWedge,
  type Image,
} from './images.ts';
import { AnimationPage } from './pages/Animation.ts';
import { Flows } from './pages/Flows.ts';
import { BUNDLE, SharePage } from './pages/Share.ts';

/*
 * Issue 9, item 2: with the bundle sample imported and the flow "203.0.113.50 → bastion SSH"
 * shown, the PNG and SVG exports draw what the screen shows (the flow's path along the
 * animation's waypoints, never a black wedge), as real vector elements that Inkscape renders the
 * same. Looked at: e2e/screenshots/share-export-flow-*.png.
 */

test.use({ viewport: { width: 1600, height: 1000 } });
test.beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`the shared sample ${BUNDLE} is missing`);
});

const SHOTS = 'e2e/screenshots';
/** What "looks like" allows: anti-aliasing, hinting and shadows, not a misplaced shape. */
const SAME_DRAWING = { pixels: 0.005, blocks: 0.002 };
/*
 * Against the screen, pixels differ where Inkscape and Chromium anti-alias thin lines and small
 * text differently: with route edges, chips and zone bands drawn (issue 15) that is 2.1–2.5 % of
 * the pixels, with no block out of place; the blocks bound is the one a misplaced shape breaks
 * (the blank image and the old wedge below fail it or the pixels bound).
 */
const LIKE_SCREEN = { pixels: 0.03, blocks: 0.003 };

async function showBastionFlow(page: Page): Promise<void> {
  const share = new SharePage(page);
  await share.importFiles(BUNDLE);
  await page.getByRole('button', { name: 'Done' }).click();
  const flows = new Flows(page);
  await flows.open();
  await flows.newFlow();
  await flows.chooseEnd('source', 'A client on the internet · 203.0.113.50');
  await flows.chooseEnd('destination', 'bastion · 10.50.0.10');
  await flows.chooseService('SSH · TCP 22');
  await flows.save();
  // A saved flow is shown at once (a second click on it would hide it).
  await expect(
    flows.itemNamed('203.0.113.50 → bastion SSH').locator('[data-testid$=".select"]'),
  ).toHaveAttribute('aria-pressed', 'true');
  const anim = new AnimationPage(page);
  await expect(anim.counter).toHaveText(/At the source/);
  // Play it hop by hop to its end: the whole path travelled, the last hop's badge shown.
  while (await anim.button('step-forward').isEnabled()) await anim.stepForward();
  await expect(anim.counter).toHaveText('Hop 7 of 7');
}

/** Saves a download of the Export dialog's choice, with the flow path in or out. */
async function exportImage(page: Page, kind: 'png' | 'svg', flowPath: boolean, path: string) {
  await page.getByTestId('toolbar.export').click();
  const box = page.getByTestId('share.export.flow-path');
  await expect(box).toBeChecked();
  await expect(page.getByTestId('share.export.dialog')).toContainText(
    '“203.0.113.50 → bastion SSH” hop 7 of 7',
  );
  if (!flowPath) await box.uncheck();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`share.export.${kind}`).click(),
  ]);
  await download.saveAs(path);
  return download;
}

/** Where the viewBox of the SVG lies on the page, at the canvas's current pan and zoom. */
async function clipOf(page: Page, viewBox: readonly number[]) {
  const [vx = 0, vy = 0, vw = 0, vh = 0] = viewBox;
  const { left, top, tx, ty, zoom } = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow') as HTMLElement;
    const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
    const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const r = pane.getBoundingClientRect();
    return { left: r.left, top: r.top, tx: m.e, ty: m.f, zoom: m.a };
  });
  return {
    x: Math.round(left + tx + vx * zoom),
    y: Math.round(top + ty + vy * zoom),
    width: Math.round(vw * zoom),
    height: Math.round(vh * zoom),
  };
}

/**
 * The canvas on screen over the part of the flow plane the SVG covers (its viewBox), with the
 * canvas's chrome hidden (dots, zoom controls, minimap, playback bar): what the export draws.
 * The view is fitted to the nodes, then zoomed out until the flow's markers are on screen too.
 */
async function screenOver(page: Page, viewBox: readonly number[], path: string): Promise<Image> {
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (!canvas) throw new Error('the canvas is not drawn');
  const onCanvas = (c: Awaited<ReturnType<typeof clipOf>>) =>
    c.x >= canvas.x &&
    c.y >= canvas.y &&
    c.x + c.width <= canvas.x + canvas.width &&
    c.y + c.height <= canvas.y + canvas.height;
  let clip = await clipOf(page, viewBox);
  for (let k = 0; k < 4 && !onCanvas(clip); k++) {
    await page.getByTestId('toolbar.zoom-out').click();
    await page.waitForTimeout(400); // the zoom animation
    clip = await clipOf(page, viewBox);
  }
  expect(onCanvas(clip), 'the whole drawing is on screen').toBe(true);
  // Hide what is not part of the drawing through the CSSOM (the app's CSP refuses a <style> tag).
  await page.evaluate(() => {
    const hidden = document.querySelectorAll<HTMLElement>(
      '.react-flow__background, .react-flow__panel, .react-flow__attribution, [data-testid="anim.controls"]',
    );
    for (const el of hidden) el.style.setProperty('visibility', 'hidden', 'important');
  });
  await page.screenshot({ path, clip });
  return readPng(path);
}

for (const theme of ['light', 'dark'] as const) {
  test(`with the bastion SSH flow shown, PNG and SVG exports draw the screen (${theme})`, async ({
    page,
    shell,
    pageErrors,
  }, testInfo) => {
    // Two exports, two rasterisations by Inkscape and three pictures compared: room on a busy
    // machine.
    test.slow();
    await shell.open();
    if (theme === 'dark') await shell.toolbarButton('toggle-theme').click();
    await showBastionFlow(page);
    // The export draws every detail: the screen it is compared with shows them at any zoom too
    // (semantic zoom would show names only when zoomed out, src/canvas/semanticZoom.ts).
    await page.getByTestId('canvas').evaluate((el) => {
      (el as HTMLElement).dataset.zoomLock = 'full';
    });
    await shell.toolbarButton('fit-view').click();
    await page.waitForTimeout(400); // the fit-view animation
    await page.screenshot({ path: `${SHOTS}/share-export-flow-app-${theme}.png` });

    const svgPath = `${SHOTS}/share-export-flow-${theme}.svg`;
    const pngPath = `${SHOTS}/share-export-flow-${theme}.png`;
    const svgDownload = await exportImage(page, 'svg', true, svgPath);
    expect(svgDownload.suggestedFilename()).toBe('aws-acme-prod-acme-shared.svg');
    await exportImage(page, 'png', true, pngPath);

    // The SVG: well-formed XML of vector elements, no HTML, a reasonable size.
    const svg = readFileSync(svgPath, 'utf8');
    const doc = new DOMParser({ onError: onWarningStopParsing }).parseFromString(
      svg,
      'image/svg+xml',
    );
    expect(svg).not.toMatch(/foreignObject|xhtml|<div/i);
    expect(statSync(svgPath).size).toBeLessThan(100_000);
    testInfo.annotations.push({ type: 'svg bytes', description: String(statSync(svgPath).size) });
    const root = doc.documentElement;
    expect(root?.getAttribute('data-theme')).toBe(theme);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('bastion');
    expect(texts).toContain('203.0.113.50');
    const flow = Array.from(doc.getElementsByTagName('g')).find(
      (g) => g.getAttribute('id') === 'flow',
    );
    expect(flow, 'the flow path is in the export').toBeDefined();
    // The last hop's badge, as on the screen.
    expect(flow?.textContent).toContain('response · acme-prod-igw');

    // The PNG is the SVG rasterised by the browser, at twice its size.
    const png = readPng(pngPath);
    const width = Number(root?.getAttribute('width'));
    const height = Number(root?.getAttribute('height'));
    expect(png.width).toBe(width * 2);
    expect(png.height).toBe(height * 2);

    // Inkscape renders the same SVG to (nearly) the same picture as the app's PNG.
    const bin = inkscape();
    // CI installs Inkscape (.ci/run): there, its absence is a failure, never a silent skip.
    if (bin === null && process.env.CI) throw new Error('Inkscape is missing: .ci/run installs it');
    test.skip(bin === null, 'Inkscape is not installed here (apt-get install -y inkscape)');
    const inkPath = `${SHOTS}/share-export-flow-inkscape-${theme}.png`;
    const ink = inkscapePng(bin as string, svgPath, inkPath, png);
    const inkVsApp = likeness(ink, png);
    testInfo.annotations.push({
      type: 'inkscape vs app PNG',
      description: JSON.stringify(inkVsApp),
    });
    expect(inkVsApp.pixels).toBeLessThan(SAME_DRAWING.pixels);
    expect(inkVsApp.blocks).toBeLessThan(SAME_DRAWING.blocks);

    // And it looks like the screen: Inkscape's rendering at the screen's scale against the
    // canvas over the same part of the plane.
    const viewBox = (root?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const screen = await screenOver(
      page,
      viewBox,
      `${SHOTS}/share-export-flow-screen-${theme}.png`,
    );
    const inkSmall = inkscapePng(
      bin as string,
      svgPath,
      testInfo.outputPath('inkscape-screen-size.png'),
      screen,
    );
    const inkVsScreen = likeness(inkSmall, screen);
    testInfo.annotations.push({
      type: 'inkscape vs screen',
      description: JSON.stringify(inkVsScreen),
    });
    expect(inkVsScreen.pixels).toBeLessThan(LIKE_SCREEN.pixels);
    expect(inkVsScreen.blocks).toBeLessThan(LIKE_SCREEN.blocks);

    // The thresholds mean something: a blank image and the old export's black wedge fail them.
    const background = Array.from(screen.data.subarray(0, 3));
    const { width: w, height: h } = screen;
    // As the old export drew it: from the internet gateway down to the router.
    const wedge = withWedge(inkSmall, [
      [w * 0.46, h * 0.1],
      [w * 0.54, h * 0.12],
      [w * 0.04, h * 0.4],
    ]);
    for (const [name, wrong] of [
      ['blank', blank(w, h, background)],
      ['black wedge', wedge],
    ] as const) {
      const score = likeness(wrong, screen);
      testInfo.annotations.push({ type: `${name} vs screen`, description: JSON.stringify(score) });
      expect(score.pixels > LIKE_SCREEN.pixels || score.blocks > LIKE_SCREEN.blocks, name).toBe(
        true,
      );
    }
    expect(pageErrors.messages).toEqual([]);
  });
}

test('the flow path can be left out of the image', async ({ page, shell }, testInfo) => {
  await shell.open();
  await showBastionFlow(page);
  const path = testInfo.outputPath('no-flow.svg');
  await exportImage(page, 'svg', false, path);
  const svg = readFileSync(path, 'utf8');
  expect(svg).toContain('bastion');
  expect(svg).not.toContain('id="flow"');
  // Saved as a picture as well: the PNG of the same choice decodes.
  const pngPath = testInfo.outputPath('no-flow.png');
  await exportImage(page, 'png', false, pngPath);
  expect(decodePng(readFileSync(pngPath)).width).toBeGreaterThan(800);
});
