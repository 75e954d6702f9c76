import type { Page } from '@playwright/test';
import type { ScenarioFile } from '../../src/model/types.ts';

/** One kept scenario as IndexedDB holds it (src/store/persist/scenarios.ts). */
export interface StoredScenario {
  readonly id: string;
  readonly name: string;
  readonly revision: number;
  readonly file: ScenarioFile | null;
}

// WIRE FORMAT: the database and stores of src/store/persist/scenarios.ts, the tab's session key
// of src/store/persist/tabs.ts, the journal keys of src/store/persist/journal.ts.
const DB_NAME = 'vpc-flow-lab';
const TAB_KEY = 'vpc-flow-lab:tab';
export const JOURNAL_PREFIX = 'vpc-flow-lab:journal:';

/**
 * What the browser keeps, read from the page as another tab would (IndexedDB itself, never the
 * app's state): the journeys check that work is really kept, not only shown.
 */
export class BrowserStorage {
  constructor(readonly page: Page) {}

  /** Every kept scenario, by name. */
  async scenarios(): Promise<StoredScenario[]> {
    const all = await this.page.evaluate(
      (name) =>
        new Promise<{ id: string; name: string; revision: number; text: unknown }[]>(
          (resolve, reject) => {
            const request = indexedDB.open(name);
            // Never create it: the app does, with its stores.
            request.onupgradeneeded = () => request.transaction?.abort();
            request.onerror = () => resolve([]);
            request.onsuccess = () => {
              const db = request.result;
              const tx = db.transaction(['entries', 'files']);
              const keys = tx.objectStore('entries').getAllKeys();
              const entries = tx.objectStore('entries').getAll();
              const files = tx.objectStore('files').getAll();
              const fileKeys = tx.objectStore('files').getAllKeys();
              tx.oncomplete = () => {
                db.close();
                resolve(
                  keys.result.map((id, k) => {
                    const entry = entries.result[k] as { name: string; revision: number };
                    const at = fileKeys.result.indexOf(id);
                    return {
                      id: String(id),
                      name: entry.name,
                      revision: entry.revision,
                      text: at < 0 ? null : files.result[at],
                    };
                  }),
                );
              };
              tx.onerror = () => reject(tx.error);
            };
          },
        ),
      DB_NAME,
    );
    return all
      .map(({ text, ...rest }) => ({
        ...rest,
        file: typeof text === 'string' ? (JSON.parse(text) as ScenarioFile) : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The kept scenario this tab has open (its session says which). */
  async openId(): Promise<string | null> {
    return this.page.evaluate((key) => {
      const raw = sessionStorage.getItem(key);
      return raw === null ? null : ((JSON.parse(raw) as { open: string | null }).open ?? null);
    }, TAB_KEY);
  }

  /** The open scenario as IndexedDB holds it. */
  async open(): Promise<StoredScenario | null> {
    const id = await this.openId();
    return (await this.scenarios()).find((s) => s.id === id) ?? null;
  }

  /** The localStorage keys of the journal. */
  async journals(): Promise<string[]> {
    return this.page.evaluate(
      (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
      JOURNAL_PREFIX,
    );
  }

  /** Every localStorage key. */
  async localKeys(): Promise<string[]> {
    return this.page.evaluate(() => Object.keys(localStorage).sort());
  }
}
