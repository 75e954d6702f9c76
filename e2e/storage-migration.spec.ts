import { ScenarioFileSchema } from '../src/model/schema.ts';
import { publicWebLayout, publicWebScenario } from '../src/scenarios/publicWeb.ts';
import { threeTierLayout, threeTierScenario } from '../src/scenarios/threeTier.ts';
import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';
import { BrowserStorage } from './pages/Storage.ts';

// An earlier version kept My scenarios, the autosave and the grading keys in localStorage; the
// first start of this one moves them into IndexedDB (move, verify, then delete).
test.use({ viewport: { width: 1280, height: 800 } });

const envelope = (scenario: unknown, layout: unknown) =>
  JSON.stringify(
    ScenarioFileSchema.parse({ format: 'vpc-flow-lab', version: 2, scenario, layout }),
  );

test('the first start moves an earlier version’s scenarios and opens the one it had open', async ({
  page,
  shell,
  pageErrors,
}) => {
  const seed = {
    'vpc-flow-lab:library': JSON.stringify({
      version: 1,
      current: 'kold1',
      items: [
        { id: 'kold1', name: 'My lab', origin: 'built-in', created: 1, updated: 2 },
        { id: 'kold2', name: 'A public web server', origin: 'link', created: 1, updated: 1 },
      ],
    }),
    'vpc-flow-lab:kept:kold1': envelope({ ...threeTierScenario, name: 'My lab' }, threeTierLayout),
    'vpc-flow-lab:kept:kold2': envelope(publicWebScenario, publicWebLayout),
    // Written after kold1's own key: the newest state of the open one.
    'vpc-flow-lab:autosave': envelope(
      { ...threeTierScenario, name: 'My lab, last edit' },
      threeTierLayout,
    ),
    'vpc-flow-lab:grading-keys': '[]',
    'vpc-flow-lab:theme': 'dark',
  };
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, seed);
  await shell.open();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('My lab, last edit');

  const storage = new BrowserStorage(page);
  expect((await storage.scenarios()).map((s) => [s.id, s.name])).toEqual([
    ['kold2', 'A public web server'],
    ['kold1', 'My lab, last edit'],
  ]);
  // Verified, then removed: only the theme and the welcome's dismissal (no one's work) are left.
  expect(await storage.localKeys()).toEqual(['vpc-flow-lab:theme', 'vpc-flow-lab:welcome']);
  const library = new Library(page);
  await library.kept.open();
  await expect(library.kept.rows()).toHaveCount(2);
  await page.screenshot({ path: 'e2e/screenshots/storage-migration.png' });

  // A reload finds them in IndexedDB.
  await page.reload();
  await expect(page.getByTestId('app.scenario-name')).toHaveText('My lab, last edit');
  await library.kept.open();
  await library.kept.openRow('A public web server');
  await expect(page.getByTestId('app.scenario-name')).toHaveText('A public web server');
  expect(pageErrors.messages).toEqual([]);
});
