import type { Locator, Page } from '@playwright/test';
import { SidePanel } from './SidePanel.ts';
import type { Direction } from './SgEditor.ts';

export interface NewEntry {
  readonly ruleNumber?: number;
  readonly action: 'allow' | 'deny';
  readonly presetLabel: string;
  readonly cidr: string;
}

/** The network ACLs tab: open an ACL, add, move and renumber its numbered rules. */
export class NaclEditor extends SidePanel {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.openTab('nacl');
  }

  async toggleAcl(id: string): Promise<void> {
    await this.page.getByTestId(`nacl.acl.${id}.toggle`).click();
  }

  /** Adds an entry to the open ACL; without a number, the suggested one is kept. */
  async addEntry(direction: Direction, entry: NewEntry): Promise<void> {
    const form = (field: string) => this.page.getByTestId(`nacl.new-entry.${direction}.${field}`);
    if (entry.ruleNumber !== undefined) await form('ruleNumber').fill(String(entry.ruleNumber));
    await form('action').selectOption(entry.action);
    await form('preset').selectOption({ label: entry.presetLabel });
    await form('cidr').fill(entry.cidr);
    await this.page.getByTestId(`nacl.add-entry.${direction}`).click();
  }

  suggestedNumber(direction: Direction): Locator {
    return this.page.getByTestId(`nacl.new-entry.${direction}.ruleNumber`);
  }

  entry(direction: Direction, ruleNumber: number | '*', field?: string): Locator {
    const id = `nacl.entry.${direction}.${ruleNumber}`;
    return this.page.getByTestId(field === undefined ? id : `${id}.${field}`);
  }

  async moveUp(direction: Direction, ruleNumber: number): Promise<void> {
    await this.entry(direction, ruleNumber, 'up').click();
  }

  /** The rows of one direction, numbered rules then `*`, in the order shown. */
  rows(direction: Direction): Locator {
    return this.page.getByTestId(`nacl.entries.${direction}`).locator('ol > li');
  }
}
