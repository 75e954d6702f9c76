import type { ElkNode } from 'elkjs/lib/elk-api';
import { loadElk, type ElkLoader } from '../../layout/elk.ts';

/**
 * ELK in a Web Worker of its own, so that laying out a large import never holds up the page:
 * elkjs's API (small) plus its worker script (the layout code, ~1.4 MB, fetched only now), and the
 * worker ended once the layout is done. Where the worker cannot start or fails, ELK runs in the
 * page instead (a hundred nodes take a few hundred milliseconds there).
 */
export const loadElkInWorker: ElkLoader = async () => {
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return {
    layout: async (graph: ElkNode) => {
      // elkjs does not listen for the worker's errors: without this, a worker that fails to
      // load would leave the layout waiting for ever.
      let failed: (reason: unknown) => void = () => {};
      const failure = new Promise<never>((_, reject) => (failed = reject));
      let elk: InstanceType<typeof ELK> | undefined;
      try {
        elk = new ELK({
          workerFactory: () => {
            const worker = new Worker(workerUrl);
            worker.addEventListener('error', (e) => failed(e.message || 'the worker failed'));
            return worker;
          },
        });
        return await Promise.race([elk.layout(graph), failure]);
      } catch {
        return (await loadElk()).layout(graph);
      } finally {
        elk?.terminateWorker();
      }
    },
  };
};
