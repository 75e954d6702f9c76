import { expect, type Locator, type Page } from '@playwright/test';
import { SidePanel } from './SidePanel.ts';

export type End = 'source' | 'destination';

/**
 * The Flows tab: the saved flows with their badges, the flow editor, and the explanation of the
 * flow shown (verdict, what decided, playback, hops, fixes, Markdown copy).
 */
export class Flows extends SidePanel {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('panel.tab.flows').click();
    await expect(this.page.getByTestId('flows.panel')).toBeVisible();
  }

  item(flowId: string): Locator {
    return this.page.getByTestId(`flows.item.${flowId}`);
  }

  badge(flowId: string): Locator {
    return this.page.getByTestId(`flows.item.${flowId}.badge`);
  }

  /** The saved flow whose name is exactly `name`. */
  itemNamed(name: string): Locator {
    return this.page
      .getByTestId('flows.list')
      .locator('li[data-testid^="flows.item."]')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async select(flowId: string): Promise<void> {
    await this.page.getByTestId(`flows.item.${flowId}.select`).click();
  }

  // ---- The editor ----

  editor(field?: string): Locator {
    return this.page.getByTestId(field === undefined ? 'flows.editor' : `flows.editor.${field}`);
  }

  async newFlow(): Promise<void> {
    await this.page.getByTestId('flows.new').click();
    await expect(this.editor()).toBeVisible();
  }

  /** Picks an end from the menu by its label (e.g. "web-1 · 10.0.1.10"). */
  async chooseEnd(end: End, label: string): Promise<void> {
    await this.editor(end).selectOption({ label });
  }

  async chooseService(label: string): Promise<void> {
    await this.editor('service').selectOption({ label });
  }

  async save(): Promise<void> {
    await this.editor('save').click();
  }

  // ---- The explanation ----

  headline(): Locator {
    return this.page.getByTestId('explain.headline');
  }

  verdict(): Locator {
    return this.page.getByTestId('explain.verdict');
  }

  hop(index: number): Locator {
    return this.page.getByTestId(`explain.hop.${index}`);
  }

  hops(): Locator {
    return this.page.getByTestId('explain.hops').locator('li[data-testid^="explain.hop."]');
  }

  fix(
    n: number,
    part?: 'apply' | 'refusal' | 'summary' | 'scope' | 'scope-note' | 'also' | 'locked',
  ): Locator {
    return this.page.getByTestId(
      part === undefined ? `explain.fix.${n}` : `explain.fix.${n}.${part}`,
    );
  }

  /** The fixes list (its `data-effect` says whether they open or block the flow). */
  fixes(): Locator {
    return this.page.getByTestId('explain.fixes');
  }

  /** "Blocked, as expected: nothing to fix." */
  noFix(): Locator {
    return this.page.getByTestId('explain.fixes.none');
  }

  deciding(): Locator {
    return this.page.getByTestId('explain.deciding');
  }

  async showInEditor(): Promise<void> {
    await this.page.getByTestId('explain.show-in-editor').click();
  }

  liveRegion(): Locator {
    return this.page.getByTestId('sim.live');
  }

  control(
    name: 'play' | 'step-back' | 'step-forward' | 'speed' | 'step-mode' | 'position',
  ): Locator {
    return this.page.getByTestId(`sim.${name}`);
  }
}

/** The simulation state through the read-only `window.__vfl` hook (`?e2e=1`). */
export async function simOf(page: Page) {
  const sim = await page.evaluate(() => window.__vfl?.sim());
  if (!sim) throw new Error('window.__vfl is missing: open the app with ?e2e=1');
  return sim;
}
