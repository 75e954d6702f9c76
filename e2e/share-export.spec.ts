import { readFileSync, statSync } from 'node:fs';
import { ScenarioFileSchema } from '../src/model/schema.ts';
import { expect, test } from './fixtures.ts';
import { SharePage } from './pages/Share.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('export the diagram as a PNG image', async ({ page, shell, pageErrors }, testInfo) => {
  await shell.open();
  const share = new SharePage(page);
  const download = await share.export('png');
  expect(download.suggestedFilename()).toBe('three-tier-web-application.png');
  const path = testInfo.outputPath('diagram.png');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(statSync(path).size).toBeGreaterThan(20_000);
  // Width and height from the IHDR chunk: the whole diagram at about its drawn size, doubled.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(800);
  expect(height).toBeGreaterThan(800);
  // Keep a copy to look at.
  await download.saveAs('e2e/screenshots/share-export.png');
  expect(pageErrors.messages).toEqual([]);
});

test('export the diagram as SVG, and the scenario as a file that imports back', async ({
  page,
  shell,
}, testInfo) => {
  await shell.open();
  const share = new SharePage(page);
  const svg = await share.export('svg');
  expect(svg.suggestedFilename()).toBe('three-tier-web-application.svg');
  const svgPath = testInfo.outputPath('diagram.svg');
  await svg.saveAs(svgPath);
  const text = readFileSync(svgPath, 'utf8');
  // A vector drawing (e2e/share-export-flow.spec.ts checks it against the screen).
  expect(
    text.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
    ),
  ).toBe(true);
  expect(text).not.toContain('foreignObject');
  expect(text).toContain('>public-web</text>');

  const file = await share.export('file');
  expect(file.suggestedFilename()).toBe('three-tier-web-application.json');
  const filePath = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(filePath);
  const saved = ScenarioFileSchema.parse(JSON.parse(readFileSync(filePath, 'utf8')));
  const now = await shell.state();
  expect(saved.scenario.name).toBe(now.scenario.name);
  expect(saved.layout).toEqual(now.layout);

  await share.importFiles(filePath);
  await expect(share.message('info')).toContainText(
    'Opened “Three-tier web application” from three-tier-web-application.json',
  );
  expect((await shell.state()).scenario).toEqual(saved.scenario);
});
