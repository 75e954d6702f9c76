import { expect, type Locator, type Page } from '@playwright/test';
import type { PaletteKind } from '../../src/layout/types.ts';
import type { Layout, Scenario } from '../../src/model/types.ts';

/** What the palette offers (`palette.<kind>`), as src/layout/types.ts names it. */
export type { PaletteKind } from '../../src/layout/types.ts';

// WIRE FORMAT: the old autosave key (src/store/persist/legacy.ts) and the envelope of
// src/model/envelope.ts. The app moves an autosave found there into IndexedDB and opens it.
const AUTOSAVE_KEY = 'vpc-flow-lab:autosave';

/** An empty scenario in the autosave envelope: the app opens on it instead of the example. */
export function emptyEnvelope(name = 'Empty lab'): string {
  return JSON.stringify({
    format: 'vpc-flow-lab',
    version: 1,
    scenario: { name },
    layout: { nodes: {} },
  });
}

/**
 * The canvas and its palette, driven as a person would (drag and drop, clicks, keys), with the
 * model read back through the `?e2e=1` state hook. Locators are test ids: `palette.<kind>`,
 * `canvas.node.<resource id>`.
 */
export class CanvasPage {
  readonly root: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('canvas');
    this.pane = page.locator('.react-flow__pane');
  }

  /**
   * Opens the app on an empty scenario, injected as an earlier version's autosave, which the app
   * moves into My scenarios and opens. Only the first load is seeded, so a reload finds what the
   * journey saved.
   */
  async openEmpty(): Promise<void> {
    await this.page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('vfl-e2e-seeded')) return;
        sessionStorage.setItem('vfl-e2e-seeded', '1');
        localStorage.setItem(key, value);
      },
      [AUTOSAVE_KEY, emptyEnvelope()] as const,
    );
    await this.page.goto('./?e2e=1');
    await expect(this.root).toBeVisible();
  }

  palette(kind: PaletteKind): Locator {
    return this.page.getByTestId(`palette.${kind}`);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  /** The React Flow wrapper of a node (focusable, carries `selected`). */
  wrapper(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /** Drags a palette item onto `target` (the pane or a node), at a point relative to it. */
  async drop(kind: PaletteKind, target: Locator, position: { x: number; y: number }) {
    await this.palette(kind).dragTo(target, { targetPosition: position });
  }

  /** Drags a node by its middle to a point on the page (mouse moves in steps, like a hand). */
  async dragNode(id: string, to: { x: number; y: number }): Promise<void> {
    const box = await this.node(id).boundingBox();
    if (!box) throw new Error(`node ${id} is not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(box.x + box.width / 2, box.y + Math.min(20, box.height / 2));
    await mouse.down();
    await mouse.move(to.x, to.y, { steps: 12 });
    await mouse.up();
  }

  /** The canonical state, read through the read-only `window.__vfl` hook. */
  async state(): Promise<{ scenario: Scenario; layout: Layout }> {
    const state = await this.page.evaluate(() => window.__vfl?.state());
    if (!state) throw new Error('window.__vfl is missing: open the app with ?e2e=1');
    return state;
  }

  /** The ids of what the last action selected. */
  async selectedIds(): Promise<string[]> {
    return this.page
      .locator('.react-flow__node.selected')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
  }
}
