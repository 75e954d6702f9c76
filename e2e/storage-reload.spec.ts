import { expect, test } from './fixtures.ts';
import { Shell } from './pages/Shell.ts';
import { BrowserStorage } from './pages/Storage.ts';

// The autosave waits for a quiet moment before it writes to IndexedDB; a change made just before
// a reload or a closed tab is journalled synchronously (at the change and at pagehide) and
// restored at the next start (issue "Work lost silently").
test.use({ viewport: { width: 1280, height: 800 } });

const DB_2 = 'i-0a1b2c3d4e5f60006';

test('a reload within 100 ms of an edit keeps the edit', async ({ page, shell, pageErrors }) => {
  await shell.open();
  await shell.waitForAutosave();
  await shell.selectNode(DB_2);
  const started = Date.now();
  await shell.press('Delete');
  await page.reload();
  const elapsed = Date.now() - started;
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(shell.node(DB_2)).toHaveCount(0);
  expect((await shell.instanceIds()).includes(DB_2)).toBe(false);
  await shell.waitForAutosave();
  expect(await new BrowserStorage(page).journals()).toEqual([]);
  test.info().annotations.push({ type: 'reload after the edit', description: `${elapsed} ms` });
  expect(pageErrors.messages).toEqual([]);
});

test('a tab closed within 100 ms of an edit keeps the edit for the next tab', async ({
  page,
  shell,
  context,
}) => {
  await shell.open();
  await shell.waitForAutosave();
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  const nextShell = new Shell(next);
  await nextShell.open();
  await expect(nextShell.node(DB_2)).toHaveCount(0);
  expect(await nextShell.instanceIds()).not.toContain(DB_2);
  await nextShell.waitForAutosave();
  const kept = await new BrowserStorage(next).scenarios();
  expect(kept).toHaveLength(1);
  expect(kept[0]?.file?.scenario.instances.map((i) => i.id)).not.toContain(DB_2);
  expect(await new BrowserStorage(next).journals()).toEqual([]);
  await next.screenshot({ path: 'e2e/screenshots/storage-tab-closed.png' });
});
