import { EngineClient } from '../worker/client.ts';
import { showMessage } from './actions/ui.ts';

let client: EngineClient | null = null;

/**
 * The page's one engine client, made on first use (so node tests that never evaluate need no
 * Worker). A worker that crashes is reported and replaced; the page keeps working.
 */
export function engineClient(): EngineClient {
  client ??= new EngineClient((status) => {
    if (status.kind === 'restarted') {
      showMessage(
        'error',
        `The engine stopped (${status.reason}); it was restarted and your work is safe.`,
      );
    }
  });
  return client;
}
