import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The challenge banner (task, goals, solved; the role: authoring, solving, reviewing), the
 * instructor's authoring dialog and share links, the student's hand-in, and grading.
 */
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

  /** A goal of the instructor's key, graded on a submission in review. */
  graded(flowId: string): Locator {
    return this.page.getByTestId(`challenge.grade.${flowId}`);
  }

  readonly author = {
    open: async () => this.page.getByTestId('toolbar.author-challenge').click(),
    button: () => this.page.getByTestId('toolbar.author-challenge'),
    dialog: () => this.page.getByTestId('author.dialog'),
    title: () => this.page.getByTestId('author.title'),
    task: () => this.page.getByTestId('author.task'),
    goal: (flowId: string) => this.page.getByTestId(`author.goal.${flowId}`),
    expected: (flowId: string) => this.page.getByTestId(`author.expected.${flowId}`),
    lock: (id: string) => this.page.getByTestId(`author.lock.${id}`),
    save: () => this.page.getByTestId('author.save'),
    saveAndShare: () => this.page.getByTestId('author.share'),
  };

  readonly links = {
    dialog: () => this.page.getByTestId('challenge.links.dialog'),
    student: () => this.page.getByTestId('challenge.links.student'),
    instructor: () => this.page.getByTestId('challenge.links.instructor'),
    keyFile: () => this.page.getByTestId('challenge.links.key'),
  };

  readonly handIn = {
    open: async () => {
      await this.page.getByTestId('challenge.hand-in').click();
      await expect(this.page.getByTestId('challenge.hand-in.dialog')).toBeVisible();
    },
    /** Hands in under `name` and returns the submission link. */
    make: async (name: string): Promise<string> => {
      await this.page.getByTestId('challenge.hand-in.name').fill(name);
      await this.page.getByTestId('challenge.hand-in.make').click();
      return this.page.getByTestId('challenge.hand-in.link').inputValue();
    },
  };

  readonly grading = {
    open: async () => {
      await this.page.getByTestId('toolbar.grade-submissions').click();
      await expect(this.page.getByTestId('grading.dialog')).toBeVisible();
    },
    links: () => this.page.getByTestId('grading.links'),
    grade: () => this.page.getByTestId('grading.grade'),
    row: (line: number) => this.page.getByTestId(`grading.row.${line}`),
    importKey: () => this.page.getByTestId('grading.import-key'),
    note: () => this.page.getByTestId('grading.note'),
    download: () => this.page.getByTestId('grading.download'),
  };
}
