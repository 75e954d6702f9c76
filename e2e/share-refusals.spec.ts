import { closeSync, openSync, truncateSync } from 'node:fs';
import { toScenarioFile } from '../src/model/envelope.ts';
import { threeTierLayout, threeTierScenario } from '../src/scenarios/threeTier.ts';
import { encodeScenarioLink } from '../src/share/codec.ts';
import { APP_URL, expect, test } from './fixtures.ts';
import { jsonPayload, SharePage } from './pages/Share.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/**
 * What the app refuses to open, and says so: a file too large to read (given by path, as the file
 * chooser would; sparse, so it costs no disk), and a file or link whose references dangle (a
 * subnet of a VPC it does not hold), which used to open as nothing drawn and no message.
 */

/** A sparse file of `bytes` in the test's own output folder. */
function sparseFile(path: string, bytes: number): string {
  closeSync(openSync(path, 'w'));
  truncateSync(path, bytes);
  return path;
}

/** The three-tier with its app subnet in a VPC that is not in the file. */
const dangling = toScenarioFile(
  {
    ...threeTierScenario,
    name: 'Dangling',
    subnets: threeTierScenario.subnets.map((s, i) =>
      i === 1 ? { ...s, vpcId: 'vpc-0missing0000000001' } : s,
    ),
  },
  threeTierLayout,
);
const SUBNET = threeTierScenario.subnets[1]?.id ?? '';

test('a 1 GB and a 600 MB file are refused by their size, in bytes and in words', async ({
  page,
  shell,
  pageErrors,
}, testInfo) => {
  await shell.open();
  const share = new SharePage(page);
  await share.importFiles(sparseFile(testInfo.outputPath('account.json'), 1024 ** 3));
  await expect(share.import.error()).toContainText(
    'account.json is 1,073,741,824 bytes (1 GB); the limit is 536,870,912 bytes (512 MB)',
  );
  await expect(share.import.error()).toContainText('Nothing was imported');
  await page.screenshot({ path: 'e2e/screenshots/share-import-too-large.png' });

  await share.import
    .file()
    .setInputFiles(sparseFile(testInfo.outputPath('six.json'), 600 * 1024 ** 2));
  await expect(share.import.error()).toContainText(
    'six.json is 629,145,600 bytes (600 MB); the limit is 536,870,912 bytes (512 MB)',
  );
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  expect(pageErrors.messages).toEqual([]);
});

test('a file whose subnet is in a missing VPC is refused, naming the JSON path', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  const share = new SharePage(page);
  await share.importFiles([jsonPayload('dangling.json', dangling)]);
  await expect(share.import.error()).toContainText(
    `dangling.json: scenario.subnets[1].vpcId: subnet ${SUBNET} is in VPC "vpc-0missing0000000001", which is not in the scenario`,
  );
  await page.screenshot({ path: 'e2e/screenshots/share-import-dangling.png' });
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  expect(pageErrors.messages).toEqual([]);
});

test('a link whose subnet is in a missing VPC is refused, naming the JSON path', async ({
  page,
  shell,
  pageErrors,
}) => {
  await page.goto(`${APP_URL}#s=${encodeScenarioLink(dangling)}`);
  const share = new SharePage(page);
  await expect(share.message('error')).toContainText(
    `The link's scenario does not pass the checks: scenario.subnets[1].vpcId: subnet ${SUBNET} is in VPC "vpc-0missing0000000001", which is not in the scenario.`,
  );
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Three-tier web application');
  await expect(shell.node(threeTierScenario.instances[0]?.id ?? '')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/share-link-dangling.png' });
  expect(pageErrors.messages).toEqual([]);
});
