import { readTerraformText, type PlanView, type TerraformReadResult } from './terraformRead.ts';

export {
  mayBeTerraformText,
  type PlanView,
  type TerraformRead,
  type TerraformReadResult,
} from './terraformRead.ts';

const spawnTerraformWorker = () =>
  new Worker(new URL('./terraform.worker.ts', import.meta.url), {
    type: 'module',
    name: 'terraform',
  });

/**
 * Imports `terraform show -json` text off the page's thread, so a large plan never freezes it: a
 * worker of its own, ended once it answers. Where no worker can start (or it fails to load),
 * the same pure call runs in the page. An importer bug is an answer in words, never a throw.
 */
export async function importTerraformText(
  text: string,
  view: PlanView,
  spawn: (() => Worker) | null = typeof Worker === 'undefined' ? null : spawnTerraformWorker,
): Promise<TerraformReadResult> {
  if (spawn !== null) {
    try {
      return await inWorker(spawn, text, view);
    } catch {
      // The worker could not start or load: read in the page instead.
    }
  }
  try {
    return readTerraformText(text, { view });
  } catch (e) {
    return {
      kind: 'refused',
      message: `the importer failed (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

function inWorker(spawn: () => Worker, text: string, view: PlanView): Promise<TerraformReadResult> {
  const worker = spawn();
  return new Promise<TerraformReadResult>((resolve, reject) => {
    worker.addEventListener('message', (e: MessageEvent<TerraformReadResult>) => resolve(e.data));
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'the Terraform worker failed'));
    });
    worker.addEventListener('messageerror', () =>
      reject(new Error('the Terraform worker answered something unreadable')),
    );
    worker.postMessage({ text, view });
  }).finally(() => worker.terminate());
}
