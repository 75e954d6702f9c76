import type { Page } from '@playwright/test';
import type { Scenario } from '../src/model/types.ts';

/**
 * Opens the app on `scenario` (as an earlier version's autosave, moved into IndexedDB at start and
 * opened as it was) and returns the time from navigation start until every one of its `nodes`
 * canvas nodes is in the DOM and shown (React Flow hides a node until it has measured it),
 * measured in the page.
 */
export async function openAndTimeFirstRender(
  page: Page,
  scenario: Scenario,
  nodes: number,
): Promise<number> {
  const envelope = JSON.stringify({
    format: 'vpc-flow-lab',
    version: 1,
    scenario,
    layout: { nodes: {} },
  });
  await page.addInitScript(
    ([value, expected]) => {
      localStorage.setItem('vpc-flow-lab:autosave', value as string);
      const w = window as unknown as { __firstRender?: number };
      const poll = () => {
        const shown = document.querySelectorAll('.react-flow__node');
        if (
          shown.length >= (expected as number) &&
          [...shown].every((n) => (n as HTMLElement).style.visibility !== 'hidden')
        ) {
          w.__firstRender = performance.now();
          return;
        }
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    },
    [envelope, nodes] as const,
  );
  await page.goto('./?e2e=1');
  await page.waitForFunction(
    () => (window as unknown as { __firstRender?: number }).__firstRender,
    undefined,
    { timeout: 240_000 },
  );
  return page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
}
