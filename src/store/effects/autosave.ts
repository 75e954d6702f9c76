import { parseScenarioFile, toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { showMessage } from '../actions/ui.ts';
import { useStore } from '../store.ts';

// WIRE FORMAT: the localStorage keys must never change meaning (old autosaves must still load).
export const AUTOSAVE_KEY = 'vpc-flow-lab:autosave';
/** Where an autosave that could not be read is kept, so that nothing the user made is lost. */
export const UNREADABLE_KEY = 'vpc-flow-lab:autosave-unreadable';

export type Restored =
  | { kind: 'none' }
  | { kind: 'restored'; file: ScenarioFile }
  | { kind: 'unreadable'; reason: string };

/** Reads the autosave. An unreadable one is moved aside (kept, never overwritten) and said. */
export function readAutosave(storage: Storage): Restored {
  let raw: string | null;
  try {
    raw = storage.getItem(AUTOSAVE_KEY);
  } catch (e) {
    return {
      kind: 'unreadable',
      reason: `the browser refused access to storage (${errorText(e)})`,
    };
  }
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return keepAside(storage, raw, 'it is not valid JSON');
  }
  const parsed = parseScenarioFile(json);
  if (parsed.ok) return { kind: 'restored', file: parsed.value };
  const first = parsed.errors[0];
  return keepAside(storage, raw, first ? `${first.path || 'file'}: ${first.message}` : 'unknown');
}

function keepAside(storage: Storage, raw: string, reason: string): Restored {
  try {
    storage.setItem(UNREADABLE_KEY, raw);
    storage.removeItem(AUTOSAVE_KEY);
  } catch {
    // Storage refuses writes: the autosave cannot be overwritten either, so it stays as it is.
    return { kind: 'unreadable', reason: `${reason} (it was left in place)` };
  }
  return { kind: 'unreadable', reason };
}

/**
 * The autosave effect: saves the scenario and its layout after each change (debounced). A
 * storage error (quota, private mode) is said once per kind of failure, not swallowed; the work
 * stays in the page. Returns the function that stops it (after a last save of what is pending).
 */
export function startAutosave(storage: Storage, delayMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastError = '';
  const save = () => {
    timer = undefined;
    const { scenario, layout } = useStore.getState();
    try {
      storage.setItem(AUTOSAVE_KEY, JSON.stringify(toScenarioFile(scenario, layout)));
      lastError = '';
    } catch (e) {
      const text = errorText(e);
      if (text !== lastError) {
        showMessage(
          'error',
          `Autosave failed: ${text}. Your work is still here; export it to a file to keep it.`,
        );
      }
      lastError = text;
    }
  };
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.scenario === prev.scenario && s.layout === prev.layout) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
}

function errorText(e: unknown): string {
  if (e instanceof Error)
    return e.name === 'QuotaExceededError' ? 'the browser storage is full' : e.message;
  return String(e);
}
