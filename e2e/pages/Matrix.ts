import { expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * The reachability matrix overlay, driven as a person would: Shift+M (or the registry command)
 * opens it, service chips, Compute, the filters, the keyboard cursor on the grid. The grid is a
 * <canvas>: a cell is read through the live region that announces the cursor cell
 * (`matrix.focused`), and found on screen through the grid's `data-cursor-x/y`.
 */
export class MatrixPage {
  readonly panel: Locator;
  readonly grid: Locator;
  readonly focused: Locator;
  readonly tooltip: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('matrix.panel');
    this.grid = page.getByTestId('matrix.grid');
    this.focused = page.getByTestId('matrix.focused');
    this.tooltip = page.getByTestId('matrix.tooltip');
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Shift+M');
    await expect(this.panel).toBeVisible();
  }

  service(id: string): Locator {
    return this.page.getByTestId(`matrix.service.${id}`);
  }

  /** Picks exactly these presets (by id: `ssh`, `postgresql`, …). */
  async pickOnly(...ids: string[]): Promise<void> {
    for (const chip of await this.page.locator('[data-testid^="matrix.service."]').all()) {
      const id = (await chip.getAttribute('data-testid'))?.slice('matrix.service.'.length) ?? '';
      const on = (await chip.getAttribute('aria-pressed')) === 'true';
      if (on !== ids.includes(id)) await chip.click();
    }
  }

  async compute(): Promise<void> {
    await this.page.getByTestId('matrix.compute').click();
    await expect(this.grid).toBeVisible();
  }

  async filter(sources: string, destinations: string): Promise<void> {
    await this.page.getByTestId('matrix.filter.sources').fill(sources);
    await this.page.getByTestId('matrix.filter.destinations').fill(destinations);
  }

  /** The sentence of the grid's first cell once the filters leave one: `web-1 → db-1 TCP 5432: …`. */
  async firstCellSentence(): Promise<string> {
    await this.grid.focus();
    await expect(this.focused).not.toBeEmpty();
    return (await this.focused.textContent()) ?? '';
  }

  /** Where the cursor cell is on the page. */
  async cursorPoint(): Promise<{ x: number; y: number }> {
    const box = await this.grid.boundingBox();
    const x = Number(await this.grid.getAttribute('data-cursor-x'));
    const y = Number(await this.grid.getAttribute('data-cursor-y'));
    if (!box || Number.isNaN(x) || Number.isNaN(y)) throw new Error('the grid has no cursor cell');
    return { x: box.x + x, y: box.y + y };
  }

  async exportCsv(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('matrix.export').click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path, 'utf8') };
  }
}
