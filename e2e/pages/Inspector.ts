import type { Locator, Page } from '@playwright/test';
import { SidePanel } from './SidePanel.ts';

/** The inspector tab: fields of the selected resource, and an instance's security groups. */
export class Inspector extends SidePanel {
  constructor(page: Page) {
    super(page);
  }

  async inspect(id: string): Promise<void> {
    await this.selectOnCanvas(id);
    await this.openTab('inspector');
  }

  field(name: string): Locator {
    return this.page.getByTestId(`inspector.field.${name}`);
  }

  /** The error said beside a field (role=alert). */
  fieldAlert(name: string): Locator {
    return this.field(name).locator('xpath=..').getByRole('alert');
  }

  get quota(): Locator {
    return this.page.getByTestId('inspector.quota');
  }

  get groupsRefusal(): Locator {
    return this.page.getByTestId('inspector.groups.refusal');
  }

  attachedGroup(groupId: string): Locator {
    return this.page.getByTestId(`inspector.group.${groupId}`);
  }

  async attachGroup(groupId: string): Promise<void> {
    await this.field('attachGroup').selectOption(groupId);
    await this.page.getByTestId('inspector.attach-group').click();
  }
}
