import {
  copySelection,
  deleteSelection,
  duplicateSelection,
  hasCopied,
  newScenario,
  openDialog,
  openLibraryDialog,
  pasteCopied,
  redo,
  selectAll,
  setTheme,
  toggleSnapToGrid,
  toggleMatrix,
  undo,
  useStore,
  clearSelection,
  hideFlow,
  flowShown,
  addInstanceToSelection,
  addSubnetToSelection,
  nudgeSelection,
  copyLink,
  selectAuthoringRefusal,
  selectLockReason,
  type StoreState,
} from '../store/index.ts';
import type { KeyInput } from './keys.ts';
import { clipboardText, writeSystemClipboard } from './systemClipboard.ts';
import { fitViewNow, zoomIn, zoomOut } from '../canvas/viewport.ts';
import { exportScenarioFile } from './share/exportFile.ts';
import { exportDiagram } from './share/exportImage.ts';

/**
 * Every command of the app, in one registry (tldraw's `TLUiActionItem`, excalidraw's
 * `register`): the keyboard handler, the toolbar and the `?` dialog all read it, so a shortcut
 * exists in one place only.
 */

/** What `when` reads: the store, and whether the undo history has a step either way. */
export interface CommandContext {
  readonly state: StoreState;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

export type CommandGroup = 'History' | 'Edit' | 'Add' | 'View' | 'Scenario';

export interface Command {
  readonly id: string;
  readonly label: string;
  readonly group: CommandGroup;
  /** Combos that run it (see keys.ts); the first is the one shown in tooltips. Empty: no key. */
  readonly keys: readonly string[];
  /** What the `?` dialog shows instead of the combos, when they read better as words. */
  readonly kbd?: string;
  /** Whether it can run now; absent: always. A disabled toolbar button says why not by its label. */
  readonly when?: (ctx: CommandContext) => boolean;
  /**
   * Why it is locked now (a student may not author the challenge they solve), or null: a locked
   * command cannot run, and its button shows a padlock and the reason in words.
   */
  readonly locked?: (ctx: CommandContext) => string | null;
  /** Keep the key from the browser even when the command cannot run (Ctrl+D would bookmark). */
  readonly claimsKey?: boolean;
  /** Runs it; a key press passes its event (the arrow keys read which one it was). */
  readonly run: (input?: KeyInput) => void;
}

const hasSelection = ({ state }: CommandContext) => state.selection.length > 0;

const NUDGE = 16; // one grid step
const NUDGE_FAR = 160; // ten grid steps
const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
const DIRECTION: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** Moves the selection the way the arrow key pressed points. */
const nudge = (step: number) => (input?: KeyInput) => {
  const [dx, dy] = DIRECTION[input?.key ?? ''] ?? [0, 0];
  if (dx !== 0 || dy !== 0) nudgeSelection(dx * step, dy * step);
};

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'History',
    keys: ['Mod+Z'],
    when: (c) => c.canUndo,
    run: undo,
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'History',
    keys: ['Mod+Shift+Z', 'Ctrl+Y'],
    when: (c) => c.canRedo,
    run: redo,
  },
  {
    id: 'delete',
    label: 'Delete the selection',
    group: 'Edit',
    keys: ['Delete', 'Backspace'],
    when: hasSelection,
    // A student may not delete what the challenge locks: said before, not refused after.
    locked: ({ state }) =>
      state.selection.map((id) => selectLockReason(state, id)).find((r) => r !== null) ?? null,
    claimsKey: true,
    run: deleteSelection,
  },
  {
    id: 'copy',
    label: 'Copy the selection',
    group: 'Edit',
    keys: ['Mod+C'],
    when: hasSelection,
    run: () => {
      const ids = copySelection();
      writeSystemClipboard(clipboardText(useStore.getState().scenario, ids));
    },
  },
  {
    id: 'paste',
    label: 'Paste a copy of what was copied',
    group: 'Edit',
    keys: ['Mod+V'],
    when: () => hasCopied(),
    run: pasteCopied,
  },
  {
    id: 'duplicate',
    label: 'Duplicate the selection',
    group: 'Edit',
    keys: ['Mod+D'],
    claimsKey: true,
    when: hasSelection,
    run: duplicateSelection,
  },
  {
    id: 'select-all',
    label: 'Select everything on the canvas',
    group: 'Edit',
    keys: ['Mod+A'],
    run: selectAll,
  },
  {
    id: 'deselect',
    label: 'Clear the selection and hide the flow shown',
    group: 'Edit',
    keys: ['Escape'],
    when: (ctx) => hasSelection(ctx) || flowShown(ctx.state),
    run: () => {
      clearSelection();
      hideFlow();
    },
  },
  {
    id: 'nudge',
    label: 'Nudge the selection',
    group: 'Edit',
    keys: ARROWS,
    kbd: 'Arrow keys',
    when: hasSelection,
    run: nudge(NUDGE),
  },
  {
    id: 'nudge-far',
    label: 'Nudge the selection further',
    group: 'Edit',
    keys: ARROWS.map((key) => `Shift+${key}`),
    kbd: 'Shift + arrow keys',
    when: hasSelection,
    run: nudge(NUDGE_FAR),
  },
  {
    id: 'add-subnet',
    label: 'Add a subnet to the selected VPC',
    group: 'Add',
    keys: ['Shift+S'],
    run: () => void addSubnetToSelection(),
  },
  {
    id: 'add-instance',
    label: 'Add an instance to the selected subnet',
    group: 'Add',
    keys: ['Shift+I'],
    run: () => void addInstanceToSelection(),
  },
  {
    id: 'fit-view',
    label: 'Fit the network in view',
    group: 'View',
    keys: ['Shift+1'],
    run: fitViewNow,
  },
  { id: 'zoom-in', label: 'Zoom in', group: 'View', keys: ['+', '='], run: zoomIn },
  { id: 'zoom-out', label: 'Zoom out', group: 'View', keys: ['-'], run: zoomOut },
  {
    id: 'find',
    label: 'Find by name, ID or IP address',
    group: 'View',
    keys: ['Mod+F', '/'],
    run: () => openDialog('find'),
  },
  {
    id: 'toggle-snap',
    label: 'Snap to grid',
    group: 'View',
    keys: ['Shift+G'],
    run: toggleSnapToGrid,
  },
  {
    id: 'toggle-theme',
    label: 'Dark theme',
    group: 'View',
    keys: ['Shift+T'],
    run: () => setTheme(useStore.getState().theme === 'dark' ? 'light' : 'dark'),
  },
  {
    id: 'matrix',
    label: 'Reachability matrix',
    group: 'View',
    keys: ['Shift+M'],
    run: toggleMatrix,
  },
  {
    id: 'shortcuts',
    label: 'Show keyboard shortcuts',
    group: 'View',
    keys: ['?'],
    run: () => openDialog('shortcuts'),
  },
  {
    id: 'new-scenario',
    label: 'New scenario',
    group: 'Scenario',
    keys: [],
    run: newScenario,
  },
  {
    id: 'gallery',
    label: 'Gallery of built-in scenarios and challenges',
    group: 'Scenario',
    keys: ['Shift+B'],
    run: () => openLibraryDialog('gallery'),
  },
  {
    id: 'my-scenarios',
    label: 'My scenarios',
    group: 'Scenario',
    keys: ['Shift+O'],
    run: () => openLibraryDialog('kept'),
  },
  {
    id: 'author-challenge',
    label: 'Author a challenge',
    group: 'Scenario',
    keys: [],
    locked: ({ state }) => selectAuthoringRefusal(state),
    run: () => openLibraryDialog('author'),
  },
  {
    id: 'grade-submissions',
    label: 'Grade submissions…',
    group: 'Scenario',
    keys: [],
    run: () => openLibraryDialog('grading'),
  },
  // Sharing (src/app/share/): links, files and images.
  {
    id: 'copy-link',
    label: 'Copy a link to this scenario',
    group: 'Scenario',
    keys: ['Shift+L'],
    run: copyLink,
  },
  {
    id: 'import',
    label: 'Import a scenario file or AWS configuration…',
    group: 'Scenario',
    keys: ['Mod+O'],
    claimsKey: true,
    run: () => openDialog('import'),
  },
  {
    id: 'export',
    label: 'Export as a file or an image…',
    group: 'Scenario',
    keys: ['Shift+E'],
    run: () => openDialog('export'),
  },
  {
    id: 'export-file',
    label: 'Export the scenario file',
    group: 'Scenario',
    keys: ['Mod+S'],
    claimsKey: true,
    run: exportScenarioFile,
  },
  {
    id: 'export-png',
    label: 'Export the diagram as PNG',
    group: 'Scenario',
    keys: [],
    kbd: 'Shift+E → Image (PNG)',
    run: () => void exportDiagram('png'),
  },
  {
    id: 'export-svg',
    label: 'Export the diagram as SVG',
    group: 'Scenario',
    keys: [],
    kbd: 'Shift+E → Image (SVG)',
    run: () => void exportDiagram('svg'),
  },
];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

/** A command by its ID; throws on a typo, which a test catches. */
export function command(id: string): Command {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No command "${id}" in the registry.`);
  return found;
}

/** The context of the store as it is now. */
export function currentContext(): CommandContext {
  const history = useStore.temporal.getState();
  return {
    state: useStore.getState(),
    canUndo: history.pastStates.length > 0,
    canRedo: history.futureStates.length > 0,
  };
}

export function isEnabled(cmd: Command, ctx: CommandContext): boolean {
  return (cmd.when === undefined || cmd.when(ctx)) && (cmd.locked?.(ctx) ?? null) === null;
}
