import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/**
 * The shared samples live beside the repository (`../shared/` here and in the CI clone), not in it.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
export const SAMPLES = join(HERE, '../../../shared/samples/acme-prod');
export const BUNDLE = join(SAMPLES, 'bundle.json');
export const DESCRIBE = join(SAMPLES, 'describe');

/** A file as `setInputFiles` takes it, built in the test. */
export interface Payload {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export function jsonPayload(name: string, data: unknown): Payload {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) };
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * Sharing as a person meets it: the toolbar's Copy link, Import and Export, their dialogs, and
 * the message an opened link leaves. Test ids: `share.link.*`, `share.import.*`, `share.export.*`.
 */
export class SharePage {
  constructor(readonly page: Page) {}

  readonly link = {
    dialog: () => this.page.getByTestId('share.link.dialog'),
    url: () => this.page.getByTestId('share.link.url'),
    copy: () => this.page.getByTestId('share.link.copy'),
    status: () => this.page.getByTestId('share.link.status'),
    findings: () => this.page.getByTestId('share.link.findings'),
    placeholders: () => this.page.getByTestId('share.link.placeholders'),
    long: () => this.page.getByTestId('share.link.long'),
  };

  readonly import = {
    dialog: () => this.page.getByTestId('share.import.dialog'),
    file: () => this.page.getByTestId('share.import.file'),
    paste: () => this.page.getByTestId('share.import.paste'),
    pasteRun: () => this.page.getByTestId('share.import.paste-run'),
    error: () => this.page.getByTestId('share.import.error'),
    summary: () => this.page.getByTestId('share.import.summary'),
    warnings: () => this.page.getByTestId('share.import.warnings'),
    noWarnings: () => this.page.getByTestId('share.import.no-warnings'),
  };

  /** Opens Copy link from the toolbar and returns the link it shows. */
  async copyLink(): Promise<string> {
    await this.page.getByTestId('toolbar.copy-link').click();
    await expect(this.link.dialog()).toBeVisible();
    return this.link.url().inputValue();
  }

  /** What the system clipboard holds (the context needs the clipboard permissions). */
  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async openImport(): Promise<void> {
    await this.page.getByTestId('toolbar.import').click();
    await expect(this.import.dialog()).toBeVisible();
  }

  /** Picks files in the Import dialog's file input, as the file chooser would. */
  async importFiles(files: string | readonly string[] | readonly Payload[]): Promise<void> {
    await this.openImport();
    await this.import.file().setInputFiles(files as string | string[] | Payload[]);
  }

  /** Exports through the Export dialog and returns the download. */
  async export(kind: 'file' | 'png' | 'svg'): Promise<Download> {
    await this.page.getByTestId('toolbar.export').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`share.export.${kind}`).click(),
    ]);
    return download;
  }

  /** The boxes of canvas nodes, by resource ID, as drawn on screen. */
  async boxes(
    ids: readonly string[],
  ): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
    const out = [];
    for (const id of ids) {
      const box = await this.page.getByTestId(`canvas.node.${id}`).boundingBox();
      if (!box) throw new Error(`${id} is not drawn`);
      out.push({ id, ...box });
    }
    return out;
  }

  message(kind: 'info' | 'error'): Locator {
    return this.page.getByTestId(`message.${kind}`);
  }
}
