import { wrap } from 'comlink';
import { readImport, type PickedText } from '../../share/file.ts';
import type { ImportWorkerApi } from './import.worker.ts';

/**
 * `readImport` in a worker of its own, started for one import and ended after it. Where a worker
 * cannot start or fails (no Worker in tests, a worker the browser refuses), the page reads the
 * files itself: slower to answer on a large file, never a lost import.
 */
export async function readImportOffThread(
  inputs: readonly PickedText[],
): Promise<ReturnType<typeof readImport>> {
  if (typeof Worker === 'undefined') return readImport(inputs);
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), {
      type: 'module',
      name: 'import',
    });
    const failed = new Promise<never>((_, reject) =>
      worker?.addEventListener('error', (e) => reject(new Error(e.message || 'worker failed'))),
    );
    return await Promise.race([wrap<ImportWorkerApi>(worker).readImport(inputs), failed]);
  } catch {
    return readImport(inputs);
  } finally {
    worker?.terminate();
  }
}
