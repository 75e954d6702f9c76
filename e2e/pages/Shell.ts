import { expect, type Locator, type Page } from '@playwright/test';
import type { Layout, Scenario } from '../../src/model/types.ts';
import { BrowserStorage } from './Storage.ts';

/**
 * The app shell as a person meets it: the toolbar, the keyboard, the confirmation, Find, the
 * shortcuts dialog and messages. State is read through the `?e2e=1` hook, never changed by it.
 */
export class Shell {
  constructor(readonly page: Page) {}

  /** Opens the app with the read-only state hook. */
  async open(): Promise<void> {
    await this.page.goto('./?e2e=1');
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }

  toolbarButton(id: string): Locator {
    return this.page.getByTestId(`toolbar.${id}`);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  /**
   * Selects a node by clicking its title, clear of its children and of the collapse button at
   * the far left of a container's header.
   */
  async selectNode(id: string): Promise<void> {
    await this.node(id).click({ position: { x: 110, y: 14 } });
    await expect.poll(() => this.selection()).toEqual([id]);
  }

  /** A key press on the page (Playwright's names: `Control+Z`, `Delete`, `Shift+Slash`). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  readonly confirm = {
    dialog: () => this.page.getByTestId('confirm.dialog'),
    ok: () => this.page.getByTestId('confirm.ok'),
    cancel: () => this.page.getByTestId('confirm.cancel'),
  };

  readonly find = {
    input: () => this.page.getByTestId('find.input'),
    result: (id: string) => this.page.getByTestId(`find.result.${id}`),
  };

  shortcutsDialog(): Locator {
    return this.page.getByTestId('shortcuts.dialog');
  }

  message(kind: 'info' | 'error'): Locator {
    return this.page.getByTestId(`message.${kind}`);
  }

  async state(): Promise<{ scenario: Scenario; layout: Layout }> {
    const state = await this.page.evaluate(() => window.__vfl?.state());
    if (!state) throw new Error('window.__vfl is missing: open the app with ?e2e=1');
    return state;
  }

  async selection(): Promise<readonly string[]> {
    return (await this.page.evaluate(() => window.__vfl?.selection())) ?? [];
  }

  async instanceIds(): Promise<string[]> {
    return (await this.state()).scenario.instances.map((i) => i.id);
  }

  /** Waits until IndexedDB holds the open scenario as it is now (whatever its keys' order). */
  async waitForAutosave(): Promise<void> {
    const now = (await this.state()).scenario;
    const storage = new BrowserStorage(this.page);
    await expect.poll(async () => (await storage.open())?.file?.scenario ?? null).toEqual(now);
  }
}
