import { expose } from 'comlink';
import { readImport, type PickedText } from '../../share/file.ts';

/**
 * The import's parse off the page: JSON, the zod schemas and the AWS importer take about a
 * second for a 10,000-interface bundle, which on the page's thread would freeze it (issue 12: no
 * main-thread task over 200 ms). Nothing but plain data crosses: the texts in, the result out.
 */
const api = {
  readImport(inputs: readonly PickedText[]) {
    return readImport(inputs);
  },
};

export type ImportWorkerApi = typeof api;

expose(api);
