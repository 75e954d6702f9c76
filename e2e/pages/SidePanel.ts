import type { Locator, Page } from '@playwright/test';

export type PanelTab = 'inspector' | 'sg' | 'nacl' | 'routes';

/** The right-hand side panel: its tabs and the canvas clicks that choose what it inspects. */
export class SidePanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('panel');
  }

  async openTab(tab: PanelTab): Promise<void> {
    await this.page.getByTestId(`panel.tab.${tab}`).click();
  }

  /**
   * Selects a resource by clicking its canvas node. Containers (VPCs, subnets) are clicked near
   * their top-left corner, on their label, so that a child node does not take the click.
   */
  async selectOnCanvas(id: string): Promise<void> {
    const node = this.page.getByTestId(`canvas.node.${id}`);
    const container = id.startsWith('vpc-') || id.startsWith('subnet-');
    await node.click(container ? { position: { x: 40, y: 12 } } : undefined);
  }
}

/** The scenario as the store holds it (through the read-only `window.__vfl` hook, `?e2e=1`). */
export async function scenarioOf(page: Page) {
  const state = await page.evaluate(() => window.__vfl?.state());
  if (!state) throw new Error('window.__vfl is missing: open the app with ?e2e=1');
  return state.scenario;
}
