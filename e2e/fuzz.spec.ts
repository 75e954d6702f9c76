import type { Page } from '@playwright/test';
import { APP_URL, expect, test } from './fixtures.ts';
import { fuzzSeed, generateFiles, generateLinks, type Generated } from './fuzz/inputs.ts';
import { SharePage } from './pages/Share.ts';

/**
 * Generated links and files, thrown at the built app as a hostile author would (e2e/fuzz/inputs.ts):
 * 10,000 links read in one page, 100 opened by real page loads, 1,000 files read as the Import
 * dialog reads them and a sample of them picked in the dialog itself. What must hold for every
 * one: no page error, no hang (nothing takes 5 s), and no script run from a name (the canary
 * `window.__pwned` stays unset, no dialog opens, and the CSP guard of fixtures.ts sees nothing).
 * Every title names the seed: FUZZ_SEED=<seed> replays the run.
 */

const SEED = fuzzSeed();
const HANG_MS = 5_000;

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1280, height: 800 } });

interface Outcome {
  readonly ok?: boolean;
  readonly error?: string;
  readonly ms: number;
}

/** Reads inputs in the page through the test hook, in batches, timing each one. */
async function readInPage(
  page: Page,
  what: 'links' | 'files',
  inputs: readonly Generated<string>[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let start = 0; start < inputs.length; start += 500) {
    const batch = inputs.slice(start, start + 500).map((g) => g.value);
    outcomes.push(
      ...(await page.evaluate(
        ({ what, batch }) => {
          const hook = window.__vfl;
          if (!hook) throw new Error('no test hook: open the app with ?e2e=1');
          return batch.map((value, k): Outcome => {
            const t0 = performance.now();
            try {
              const read =
                what === 'links'
                  ? hook.readLink(value)
                  : hook.readFiles([{ name: `fuzz-${k}.json`, text: value }]);
              return { ok: read.ok, ms: performance.now() - t0 };
            } catch (e) {
              return { error: String(e), ms: performance.now() - t0 };
            }
          });
        },
        { what, batch },
      )),
    );
  }
  return outcomes;
}

/** Every input that threw or took too long, named by seed, number and kind. */
function failures(inputs: readonly Generated<string>[], outcomes: readonly Outcome[]): string[] {
  return outcomes.flatMap((o, i) => {
    const name = `seed ${SEED}, input #${i} (${inputs[i]?.kind})`;
    if (o.error !== undefined) return [`${name} threw: ${o.error}`];
    if (o.ms > HANG_MS) return [`${name} took ${Math.round(o.ms)} ms`];
    return [];
  });
}

/** Nothing ran: the canary is unset and no dialog opened. */
async function expectNothingRan(page: Page, dialogs: readonly string[], where: string) {
  const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
  expect(pwned, `a script ran (${where})`).toBeUndefined();
  expect(dialogs, `a dialog opened (${where})`).toEqual([]);
}

function count(outcomes: readonly Outcome[]) {
  return `${outcomes.filter((o) => o.ok).length} accepted, ${outcomes.filter((o) => o.ok === false).length} refused with a message`;
}

test(`fuzz seed ${SEED}: 10,000 generated links read in one page`, async ({ page, pageErrors }) => {
  const t0 = Date.now();
  const links = generateLinks(SEED, 10_000);
  const t1 = Date.now();
  const dialogs: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await page.goto(APP_URL);
  await expect(page.getByTestId('canvas')).toBeVisible();
  const outcomes = await readInPage(page, 'links', links);
  expect(failures(links, outcomes)).toEqual([]);
  expect(outcomes).toHaveLength(10_000);
  console.log(
    `fuzz seed ${SEED}: 10,000 links: ${count(outcomes)}; generated in ${t1 - t0} ms, read in ${Date.now() - t1} ms (slowest ${Math.round(Math.max(...outcomes.map((o) => o.ms)))} ms)`,
  );
  await expectNothingRan(page, dialogs, `seed ${SEED}, links`);
  expect(pageErrors.messages).toEqual([]);
});

/** Half of the 100 page loads in each of two tests, so the two workers share them. */
for (const half of [0, 1]) {
  test(`fuzz seed ${SEED}: 50 generated links opened by real page loads (${half + 1} of 2)`, async ({
    page,
    pageErrors,
  }) => {
    // Mostly links that open (hostile names to draw), the rest anything.
    const links = generateLinks(SEED + 1 + half, 50);
    const dialogs: string[] = [];
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    const share = new SharePage(page);
    let opened = 0;
    const t0 = Date.now();
    for (const [i, link] of links.entries()) {
      const where = `seed ${SEED + 1 + half}, load #${i} (${link.kind})`;
      // A new query each time: a real load, not a change of the fragment.
      await page.goto(`./?e2e=1&load=${i}${link.value}`, { waitUntil: 'commit' });
      // The link is read at start: it opened or was refused in words, and left the address bar.
      const said = share.message('info').or(share.message('error')).first();
      await expect(said, where).toBeVisible({ timeout: HANG_MS });
      await expect(page.getByTestId('canvas'), where).toBeVisible();
      expect(page.url(), where).not.toContain('#s=');
      if ((await share.message('info').count()) > 0) opened++;
      await expectNothingRan(page, dialogs, where);
      // Loads the next navigation cut short (the engine worker's script) are not errors.
      const errors = pageErrors.messages.filter(
        (m) => !/^requestfailed: .* net::ERR_ABORTED/.test(m),
      );
      expect(errors, where).toEqual([]);
      // Each load starts from nothing kept: no growing My scenarios, no storage filling up. (The
      // app closes its connection when asked, so the deletion is done before the next start.)
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            localStorage.clear();
            const deleting = indexedDB.deleteDatabase('vpc-flow-lab');
            deleting.onsuccess = deleting.onerror = deleting.onblocked = () => resolve();
          }),
      );
    }
    console.log(
      `fuzz seed ${SEED + 1 + half}: 50 page loads, ${opened} opened a scenario, in ${Date.now() - t0} ms`,
    );
    expect(opened).toBeGreaterThan(0);
  });
}

test(`fuzz seed ${SEED}: 1,000 generated files read as Import does, 20 picked in the dialog`, async ({
  page,
  pageErrors,
}) => {
  const t0 = Date.now();
  const files = generateFiles(SEED + 3, 1_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await page.goto(APP_URL);
  await expect(page.getByTestId('canvas')).toBeVisible();
  const outcomes = await readInPage(page, 'files', files);
  expect(failures(files, outcomes)).toEqual([]);
  console.log(
    `fuzz seed ${SEED + 3}: 1,000 files: ${count(outcomes)}, generated and read in ${Date.now() - t0} ms`,
  );
  await expectNothingRan(page, dialogs, `seed ${SEED + 3}, files`);

  // Twenty through the file chooser, each opening (drawn, with its hostile names) or refused.
  const share = new SharePage(page);
  for (let i = 0; i < 20; i++) {
    const file = files[i * 50];
    if (!file) break;
    const where = `seed ${SEED + 3}, file #${i * 50} (${file.kind})`;
    await share.openImport();
    await share.import.file().setInputFiles({
      name: `fuzz-${i * 50}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(file.value),
    });
    // Refused in the dialog, imported with a report (AWS), or opened and the dialog closed.
    await expect
      .poll(
        async () =>
          (await share.import.error().isVisible()) ||
          (await share.import.summary().isVisible()) ||
          (await share.import.dialog().count()) === 0,
        { message: where, timeout: HANG_MS },
      )
      .toBe(true);
    if (await share.import.summary().isVisible())
      await page.getByRole('button', { name: 'Done' }).click();
    else if (await share.import.dialog().isVisible())
      await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(share.import.dialog(), where).toHaveCount(0);
    await expectNothingRan(page, dialogs, where);
    expect(pageErrors.messages, where).toEqual([]);
  }
});
