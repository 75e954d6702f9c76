import { expect, type Locator, type Page } from '@playwright/test';

/** The gallery of built-ins and My scenarios, as a person uses them: toolbar, cards, rows. */
export class Library {
  constructor(readonly page: Page) {}

  readonly gallery = {
    open: async () => {
      await this.page.getByTestId('toolbar.gallery').click();
      await expect(this.gallery.dialog()).toBeVisible();
    },
    dialog: () => this.page.getByTestId('gallery.dialog'),
    card: (id: string) => this.page.getByTestId(`gallery.card.${id}`),
    /** Opens a built-in (as a new kept scenario); the dialog closes. */
    openBuiltIn: async (id: string) => {
      await this.page.getByTestId(`gallery.open.${id}`).click();
      await expect(this.gallery.dialog()).toBeHidden();
    },
  };

  readonly kept = {
    open: async () => {
      await this.page.getByTestId('toolbar.my-scenarios').click();
      await expect(this.kept.dialog()).toBeVisible();
    },
    dialog: () => this.page.getByTestId('kept.dialog'),
    rows: () => this.page.getByTestId('kept.list').locator('> li'),
    /** The row of the kept scenario named `name`. */
    row: (name: string): Locator =>
      this.page.getByTestId('kept.list').locator('> li').filter({ hasText: name }),
    openRow: async (name: string) => {
      await this.kept.row(name).getByRole('button', { name: 'Open', exact: true }).click();
      await expect(this.kept.dialog()).toBeHidden();
    },
    downloadUnreadable: () => this.page.getByTestId('kept.download-unreadable'),
  };

  scenarioName(): Locator {
    return this.page.getByTestId('app.scenario-name');
  }
}
