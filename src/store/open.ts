import { emptyScenario } from '../model/defaults.ts';
import { toScenarioFile } from '../model/envelope.ts';
import type { Layout, Scenario, ScenarioFile } from '../model/types.ts';
import { forgetCopied } from './actions/clipboard.ts';
import { stopMatrixJob } from './actions/matrix.ts';
import { showMessage } from './actions/ui.ts';
import { replaceScenario } from './door.ts';
import { keeper, UNTITLED, type Keeper } from './keeper.ts';
import type { KeptOrigin } from './slices/library.ts';
import { INITIAL_MATRIX } from './slices/matrix.ts';
import { IDLE, INITIAL_SIM } from './slices/sim.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore, type StoreState } from './store.ts';
import { inferTeaching, teachingPatch } from './teaching.ts';

/**
 * The one place that opens a scenario: a file, a link, a built-in, an import, a new empty one,
 * another of My scenarios. It keeps what was open (saved first, in My scenarios), keeps the
 * newcomer there too, and resets everything derived from the scenario before: selection,
 * simulation results and the shown flow (its explanation and animation), the matrix (a Compute
 * in progress is aborted), the tester's draft, pick mode, the clipboard, a pending question,
 * measurements, a drag in progress, and the undo history. Nothing of the previous scenario
 * survives it.
 */
export type Opening =
  /** A scenario from outside (a link, an import, a built-in): kept as a new one of My scenarios. */
  | {
      readonly kind: 'file';
      readonly file: ScenarioFile;
      readonly origin: KeptOrigin;
      /** The name it is kept under (the file's own name by default). */
      readonly name?: string;
      /** Its place in a class; by default a challenge opens to be solved. */
      readonly teaching?: Teaching | null;
      /** A kept scenario the newcomer replaces (the untouched built-in that opened at start). */
      readonly replacing?: string;
    }
  /** A new empty scenario. */
  | { readonly kind: 'new' }
  /**
   * Another of My scenarios, read from storage (so it opens asynchronously). `theirs`: the open
   * one as another tab stored it, this tab's unsaved changes to it dropped (the user chose so).
   */
  | { readonly kind: 'kept'; readonly id: string; readonly theirs?: boolean }
  /** At start, before My scenarios runs (and in unit tests): opened in place, kept by no one. */
  | { readonly kind: 'start'; readonly file: ScenarioFile; readonly teaching?: Teaching | null };

export interface Opened {
  /** The kept scenario now open (null before My scenarios starts). */
  readonly id: string | null;
  /** It was kept already (the same file under the same name): opened, not kept twice. */
  readonly existing: boolean;
}

type KeptOpening = Extract<Opening, { kind: 'kept' }>;

/**
 * Opens a scenario (see `Opening`). Returns what opened, or null when it could not (a kept one
 * that cannot be read: said, and the canvas is left as it was). A kept one is read from storage
 * first, so its opening is a promise; the others open at once.
 */
export function openScenario(opening: KeptOpening): Promise<Opened | null>;
export function openScenario(opening: Exclude<Opening, KeptOpening>): Opened | null;
export function openScenario(opening: Opening): Opened | null | Promise<Opened | null> {
  const library = keeper();
  if (opening.kind === 'kept') {
    return library === null ? Promise.resolve(null) : openKept(library, opening);
  }
  if (opening.kind === 'start' || library === null) {
    const file = opening.kind === 'new' ? toScenarioFile(emptyScenario(UNTITLED)) : opening.file;
    const teaching = 'teaching' in opening ? opening.teaching : undefined;
    show(file, teaching === undefined ? inferTeaching(file.scenario) : teaching);
    return { id: library?.currentId() ?? null, existing: false };
  }
  library.flush();

  const file = opening.kind === 'new' ? toScenarioFile(emptyScenario(UNTITLED)) : opening.file;
  const origin = opening.kind === 'new' ? 'autosave' : opening.origin;
  const teaching =
    opening.kind === 'file' && opening.teaching !== undefined
      ? opening.teaching
      : inferTeaching(file.scenario);
  const name = (opening.kind === 'file' ? opening.name : undefined) ?? file.scenario.name;
  // The kept file carries the name it was kept under; the canvas is written into it once shown.
  const kept = library.keepNew(file, name, origin, teaching, { write: false });
  library.detach();
  show(kept.file, teaching);
  if (kept.existing) {
    // Kept already, untouched since: the canvas shows what storage holds.
    library.bind(kept.id, library.shelf.revision(kept.id), {
      stored: library.shelf.isStored(kept.id),
    });
    library.shelf.setTeaching(kept.id, teaching);
  } else {
    library.bind(kept.id, null, { stored: false });
  }
  const replacing = opening.kind === 'file' ? opening.replacing : undefined;
  if (replacing !== undefined && replacing !== kept.id) library.remove(replacing);
  return { id: kept.id, existing: kept.existing };
}

/** Opens another of My scenarios once it is read; the one open is saved first. */
async function openKept(library: Keeper, opening: KeptOpening): Promise<Opened | null> {
  const { id } = opening;
  if (!opening.theirs) library.flush();
  const got = await library.read(id, opening.theirs);
  if (!got.read.ok) {
    const name = library.entry(id)?.name ?? id;
    showMessage(
      'error',
      `“${name}” could not be opened: ${got.read.error}. It is still kept; download it from My scenarios.`,
    );
    return null;
  }
  // Anything changed on the canvas while it was read is handed to a write before it goes.
  if (!opening.theirs) library.detach();
  else library.unbind();
  // Kept here: its entry says its place in a class; none means it is this user's own.
  show(got.read.value, library.entry(id)?.teaching ?? null);
  library.bind(id, got.revision, { stored: got.stored });
  return { id, existing: true };
}

/**
 * Opens a scenario in place, kept by no one before My scenarios starts (at start, in tests), or
 * as a new kept one once it runs.
 */
export function loadScenario(scenario: Scenario, layout: Layout = { nodes: {} }): void {
  const file = toScenarioFile(scenario, layout);
  if (keeper() === null) openScenario({ kind: 'start', file });
  else openScenario({ kind: 'file', file, origin: 'autosave' });
}

/** Puts the file on the canvas and resets everything derived from the scenario before it. */
function show(file: ScenarioFile, teaching: Teaching | null): void {
  stopMatrixJob();
  forgetCopied();
  const s = useStore.getState();
  const reset: Partial<StoreState> = {
    measured: {},
    dragging: {},
    selection: [],
    loads: s.loads + 1,
    confirmation: null,
    sim: {
      ...INITIAL_SIM,
      // How the person likes to watch a flow is theirs, not the scenario's.
      active: { ...IDLE, speed: s.sim.active.speed, stepMode: s.sim.active.stepMode },
    },
    matrix: {
      ...INITIAL_MATRIX,
      view: s.matrix.view === 'open' ? 'open' : 'closed',
      services: s.matrix.services,
    },
    ...teachingPatch(teaching),
  };
  replaceScenario(file.scenario, file.layout, reset);
}
