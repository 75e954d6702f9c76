import { builtInChallenges, builtInScenarios } from '../src/scenarios/index.ts';
import { expect, test } from './fixtures.ts';
import { Library } from './pages/Library.ts';

test.use({ viewport: { width: 1280, height: 800 } });

/** Where the tour's pictures go: outside the repository unless asked (they are for review). */
const SHOTS = process.env.TOUR_SCREENSHOTS;

// Every built-in opens from the gallery and draws every resource it places, without an error.
for (const builtIn of [...builtInScenarios, ...builtInChallenges]) {
  test(`gallery: ${builtIn.id} opens and draws all of it`, async ({ page, shell, pageErrors }) => {
    const library = new Library(page);
    await shell.open();
    await library.gallery.open();
    await library.gallery.openBuiltIn(builtIn.id);
    await expect(library.scenarioName()).toHaveText(builtIn.scenario.name);
    for (const id of Object.keys(builtIn.layout.nodes)) {
      await expect(shell.node(id)).toBeVisible();
    }
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${builtIn.id}.png` });
    expect(pageErrors.messages).toEqual([]);
  });
}
