import { APP_URL, expect, test } from './fixtures.ts';
import { Flows } from './pages/Flows.ts';

test.use({ viewport: { width: 1280, height: 800 } });

const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004';

test('copy a trace as Markdown to the clipboard', async ({ page, context, pageErrors }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await flows.select(WEB_TO_DB);
  await page.getByTestId('explain.copy').click();
  await expect(page.getByTestId('message.info')).toHaveText(/Copied the trace as Markdown\./);
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines[0]).toBe('### web-1 → db-1 PostgreSQL (skips the app tier)');
  expect(text).toContain(
    "**Blocked at db-1's security group (inbound), on the request.** No inbound rule of db-1",
  );
  expect(text).toContain('| # | Direction | Layer | Resource | Verdict | Decided by | Why |');
  expect(lines.filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(10);
  // Blocked as expected: no fix to suggest, and it says so.
  expect(text).toContain('Blocked, as expected: nothing to fix.');
  expect(text).not.toContain('Suggested fixes');
  expect(pageErrors.messages).toEqual([]);
});

test('where the browser refuses the clipboard, the Markdown is shown selected', async ({
  page,
  pageErrors,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto(APP_URL);
  const flows = new Flows(page);
  await flows.open();
  await flows.select(WEB_TO_DB);
  await page.getByTestId('explain.copy').click();
  await expect(page.getByTestId('explain.copy.note')).toHaveText(
    /The browser did not allow copying\. The Markdown is selected below/,
  );
  const box = page.getByTestId('explain.copy.fallback');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/^### web-1 → db-1 PostgreSQL \(skips the app tier\)\n/);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/flows-markdown-fallback.png' });
  expect(pageErrors.messages).toEqual([]);
});
