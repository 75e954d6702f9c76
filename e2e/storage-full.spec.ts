import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { BrowserStorage } from './pages/Storage.ts';

// A storage that refuses (full, or a private mode) must not lose the work: it stays in the tab,
// a copy is offered for download at once, and whatever the journal could keep comes back after
// a reload (issue "Work lost silently").
test.use({ viewport: { width: 1280, height: 800 } });

const DB_2 = 'i-0a1b2c3d4e5f60006';

/** Every IndexedDB write refused as a full storage refuses it (and localStorage too, if asked). */
async function fillStorage(page: Page, { local }: { local: boolean }): Promise<void> {
  await page.addInitScript((alsoLocal) => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    if (alsoLocal) Storage.prototype.setItem = full;
  }, local);
}

test('a full storage: the work is offered as a file at once, and is all there is after a reload', async ({
  page,
  shell,
}) => {
  await fillStorage(page, { local: true });
  await shell.open();
  const said = shell.message('error');
  await expect(said).toContainText('could not be saved: the browser storage is full');
  await expect(said).toContainText('it is kept in this tab only');
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await expect(shell.node(DB_2)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/storage-full.png' });

  // The copy is the work as it is now, edit included.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    said.getByRole('button', { name: 'Download a copy' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('three-tier-web-application.json');
  const copy = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(copy.format).toBe('vpc-flow-lab');
  expect(copy.scenario.instances.map((i: { id: string }) => i.id)).not.toContain(DB_2);

  // Nothing could be kept: after a reload the copy is offered again, for what opened instead.
  await page.reload();
  await expect(shell.message('error')).toContainText('could not be saved');
  await expect(
    shell.message('error').getByRole('button', { name: 'Download a copy' }),
  ).toBeVisible();
});

test('IndexedDB full, the journal still written: a reload restores the work from it', async ({
  page,
  shell,
}) => {
  await fillStorage(page, { local: false });
  await shell.open();
  await expect(shell.message('error')).toContainText('the browser storage is full');
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await expect(shell.node(DB_2)).toHaveCount(0);
  await expect(shell.message('error')).toContainText(
    'it is kept in this tab, and only its latest change for the next start',
  );
  expect(await new BrowserStorage(page).journals()).toHaveLength(1);

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(shell.node(DB_2)).toHaveCount(0);
  expect(await shell.instanceIds()).not.toContain(DB_2);
  // Still not stored: said again, with the copy.
  await expect(
    shell.message('error').getByRole('button', { name: 'Download a copy' }),
  ).toBeVisible();
});
