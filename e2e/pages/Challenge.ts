import type { Locator, Page } from '@playwright/test';

/** The challenge banner (task, goals, solved) and the instructor's authoring dialog. */
export class Challenge {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByTestId('challenge.banner');
  }

  status(): Locator {
    return this.page.getByTestId('challenge.status');
  }

  goal(flowId: string): Locator {
    return this.page.getByTestId(`challenge.goal.${flowId}`);
  }

  readonly author = {
    open: async () => this.page.getByTestId('toolbar.author-challenge').click(),
    dialog: () => this.page.getByTestId('author.dialog'),
    task: () => this.page.getByTestId('author.task'),
    goal: (flowId: string) => this.page.getByTestId(`author.goal.${flowId}`),
    expected: (flowId: string) => this.page.getByTestId(`author.expected.${flowId}`),
    lock: (id: string) => this.page.getByTestId(`author.lock.${id}`),
    save: () => this.page.getByTestId('author.save'),
  };
}
