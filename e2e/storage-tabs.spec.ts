import { ScenarioFileSchema } from '../src/model/schema.ts';
import { publicWebLayout, publicWebScenario } from '../src/scenarios/publicWeb.ts';
import { encodeScenarioLink } from '../src/share/codec.ts';
import { APP_URL, expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';
import { Shell } from './pages/Shell.ts';
import { BrowserStorage } from './pages/Storage.ts';

// Two pages of one browser context share IndexedDB, localStorage and BroadcastChannel, as two
// tabs of one browser do (issue "Work lost silently").
test.use({ viewport: { width: 1280, height: 800 } });

const APP_2 = 'i-0a1b2c3d4e5f60004'; // three-tier (src/scenarios/threeTier.ts); in no flow
const DB_2 = 'i-0a1b2c3d4e5f60006';
const THREE_TIER = 'Three-tier web application';

async function rename(page: Shell['page'], name: string): Promise<void> {
  await page.getByTestId('app.scenario-name').click();
  await page.getByTestId('app.scenario-name.input').fill(name);
  await page.getByTestId('app.scenario-name.input').press('Enter');
  await expect(page.getByTestId('app.scenario-name')).toHaveText(name);
}

test('two tabs editing one scenario: neither loses work, the stale one is told and keeps a copy', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  await shell.waitForAutosave();
  // A second tab opens on the scenario opened last: the same one.
  const other = await page.context().newPage();
  const otherShell = new Shell(other);
  await otherShell.open();
  await expect(other.getByTestId('app.scenario-name')).toHaveText(THREE_TIER);

  // The other tab deletes db-2 and saves it.
  await otherShell.selectNode(DB_2);
  await otherShell.press('Delete');
  await otherShell.waitForAutosave();

  // This tab, still showing db-2, is told at once, before it writes anything over it.
  const banner = page.getByTestId('conflict.banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(`“${THREE_TIER}” was changed in another tab.`);
  await expect(shell.node(DB_2)).toBeVisible();
  // Its own edit meanwhile is not saved over theirs.
  await shell.selectNode(APP_2);
  await shell.press('Delete');
  await expect(shell.node(APP_2)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/storage-two-tabs.png' });
  const storage = new BrowserStorage(page);
  await page.waitForTimeout(600); // past the autosave's quiet moment: nothing may be written
  let kept = await storage.scenarios();
  expect(kept).toHaveLength(1);
  expect(kept[0]?.file?.scenario.instances.map((i) => i.id)).toContain(APP_2);
  expect(kept[0]?.file?.scenario.instances.map((i) => i.id)).not.toContain(DB_2);

  // Keep mine as a copy: both versions are kept, each once.
  await page.getByTestId('conflict.keep-mine').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('app.scenario-name')).toHaveText(`${THREE_TIER} (my copy)`);
  await expect
    .poll(async () => (await storage.scenarios()).map((s) => s.name))
    .toEqual([THREE_TIER, `${THREE_TIER} (my copy)`]);
  kept = await storage.scenarios();
  const ids = (k: number) => kept[k]?.file?.scenario.instances.map((i) => i.id) ?? [];
  expect(ids(0)).toContain(APP_2);
  expect(ids(0)).not.toContain(DB_2);
  expect(ids(1)).toContain(DB_2);
  expect(ids(1)).not.toContain(APP_2);
  // The other tab was never stale: nothing to say there.
  await expect(other.getByTestId('conflict.banner')).toHaveCount(0);
  await expect(otherShell.node(APP_2)).toBeVisible();

  const library = new Library(page);
  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  expect(pageErrors.messages).toEqual([]);
});

test('a tab told of the other’s change can take theirs instead', async ({ page, shell }) => {
  await shell.open();
  await shell.waitForAutosave();
  const other = await page.context().newPage();
  const otherShell = new Shell(other);
  await otherShell.open();
  await rename(other, 'Renamed in the other tab');
  await otherShell.waitForAutosave();

  await expect(page.getByTestId('conflict.banner')).toBeVisible();
  await page.getByTestId('conflict.theirs').click();
  await expect(page.getByTestId('conflict.banner')).toHaveCount(0);
  await expect(page.getByTestId('app.scenario-name')).toHaveText('Renamed in the other tab');
  // And this tab saves into it again, on the revision it now has.
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await shell.waitForAutosave();
  const kept = await new BrowserStorage(page).scenarios();
  expect(kept.map((s) => [s.name, s.revision])).toEqual([['Renamed in the other tab', 3]]);
});

test('a link opened in a second tab, then a reload of the first: both kept, each once', async ({
  page,
  shell,
  pageErrors,
}) => {
  await shell.open();
  await shell.selectNode(DB_2);
  await shell.press('Delete');
  await shell.waitForAutosave();
  const mine = await shell.state();

  const link = encodeScenarioLink(
    ScenarioFileSchema.parse({
      format: 'vpc-flow-lab',
      version: 2,
      scenario: { ...publicWebScenario, name: 'From a colleague' },
      layout: publicWebLayout,
    }),
  );
  const other = await page.context().newPage();
  await other.goto(`${APP_URL}#s=${link}`);
  await expect(other.getByTestId('app.scenario-name')).toHaveText('From a colleague');
  const theirs = await new Shell(other).state();
  await new Shell(other).waitForAutosave();

  // The first tab reloads: it opens what it had open, not what the other tab opened.
  await page.reload();
  await expect(page.getByTestId('app.scenario-name')).toHaveText(THREE_TIER);
  await expect(shell.node(DB_2)).toHaveCount(0);
  expect((await shell.state()).scenario).toEqual(mine.scenario);
  // Edits after the reload go into its own scenario, never into the link's.
  await rename(page, 'Mine, after the reload');
  await shell.waitForAutosave();

  const kept = await new BrowserStorage(page).scenarios();
  expect(kept.map((s) => s.name)).toEqual(['From a colleague', 'Mine, after the reload']);
  expect(kept[0]?.file?.scenario).toEqual(theirs.scenario);
  const library = new Library(page);
  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  await expect(library.kept.row('From a colleague')).toHaveCount(1);
  await expect(library.kept.row('Mine, after the reload')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/storage-link-then-reload.png' });
  expect(pageErrors.messages).toEqual([]);
});
