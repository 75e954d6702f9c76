import type { Locator, Page } from '@playwright/test';
import { SidePanel } from './SidePanel.ts';

export type Direction = 'ingress' | 'egress';

/** The security groups tab: create groups, open one, add and edit its rules. */
export class SgEditor extends SidePanel {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.openTab('sg');
  }

  /** Creates a group in the (first) VPC listed; the new group opens. */
  async create(name: string): Promise<void> {
    await this.page.getByTestId('sg.create.name').first().fill(name);
    await this.page.getByTestId('sg.create').first().click();
  }

  group(id: string): Locator {
    return this.page.getByTestId(`sg.group.${id}`);
  }

  async toggleGroup(id: string): Promise<void> {
    await this.page.getByTestId(`sg.group.${id}.toggle`).click();
  }

  /** Adds a rule to the open group: a type from the presets (by label) and a CIDR. */
  async addRule(direction: Direction, presetLabel: string, cidr: string): Promise<void> {
    await this.page
      .getByTestId(`sg.new-rule.${direction}.preset`)
      .selectOption({ label: presetLabel });
    await this.page.getByTestId(`sg.new-rule.${direction}.cidr`).fill(cidr);
    await this.page.getByTestId(`sg.add-rule.${direction}`).click();
  }

  rule(direction: Direction, index: number, field: string): Locator {
    return this.page.getByTestId(`sg.rule.${direction}.${index}.${field}`);
  }
}
