import { expose, transfer } from 'comlink';
import { checkExpectationsText, exportExpectations } from '../checks/index.ts';
import { evaluateSavedFlow, FlowError, reachability } from '../engine/index.ts';
import type { EngineApi, FlowOutcome } from './protocol.ts';

const api = {
  evaluateFlows(scenario, flows) {
    return flows.map((flow): FlowOutcome => {
      try {
        return { ok: true, trace: evaluateSavedFlow(scenario, flow) };
      } catch (e) {
        if (e instanceof FlowError) return { ok: false, error: e.message };
        throw e;
      }
    });
  },
  reachability(scenario, services, options, onProgress) {
    let matrix;
    try {
      matrix = reachability(scenario, services, {
        ...options,
        ...(onProgress
          ? { onProgress: (done: number, total: number) => void onProgress(done, total) }
          : {}),
      });
    } catch (e) {
      // Refused in words (too large): an answer to show, not an engine failure.
      if (e instanceof FlowError) return { refused: e.message };
      throw e;
    }
    return transfer(matrix, [matrix.cells.buffer, matrix.classOf.buffer]);
  },
  checkExpectations(scenario, text, file) {
    return checkExpectationsText(scenario, text, file);
  },
  exportExpectations(scenario) {
    return exportExpectations(scenario);
  },
  crash(): never {
    throw new Error('crash requested');
  },
} satisfies EngineApi;

expose(api);
