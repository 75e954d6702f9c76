export { useStore, type StoreState, type Undoable } from './store.ts';
export type { Size, Point } from './slices/layout.ts';
export type { Message, MessageAction, Confirmation, Dialog, Theme } from './slices/ui.ts';
export * from './selectors.ts';
export {
  commitScenario,
  commitLayout,
  endTyping,
  undo,
  redo,
  clearHistory,
  type CommitOptions,
  type Committed,
  type UndoMode,
} from './door.ts';
export { openScenario, loadScenario, type Opening, type Opened } from './open.ts';
export {
  moveNode,
  recordMeasured,
  setCollapsed,
  setViewOption,
  type ViewOption,
} from './actions/layout.ts';
export { select, toggleSelected, clearSelection } from './actions/selection.ts';
export {
  showMessage,
  dismissMessage,
  askConfirmation,
  answerConfirmation,
  openDialog,
  setTheme,
  toggleSnapToGrid,
} from './actions/ui.ts';
export * from './actions/editors.ts';
export * from './actions/interfaceEditors.ts';
export * from './actions/transitEditors.ts';
export * from './actions/document.ts';
export * from './actions/clipboard.ts';
export * from './actions/canvasAdd.ts';
export * from './actions/canvasMove.ts';
export * from './actions/canvasFrame.ts';
export type {
  CanvasBox,
  DropSite,
  LayoutPatch,
  ResizeLimits,
  PaletteKind,
} from '../layout/types.ts';
export {
  selectMatrixStale,
  type MatrixState,
  type MatrixStatus,
  type MatrixView,
  type MatrixFilter,
} from './slices/matrix.ts';
export * from './actions/matrix.ts';
export * from './actions/expectations.ts';
export * from './actions/sim.ts';
export * from './simSelectors.ts';
export {
  DRAFT_FLOW_ID,
  PREVIEW_FLOW_ID,
  SPEEDS,
  HOP_DURATION_MS,
  type Speed,
  type PickTarget,
  type FlowDraft,
  type ActiveFlow,
  type SimState,
} from './slices/sim.ts';
export { draftToFlow, endpointOf } from './simDraft.ts';
export type { FlowOutcome } from '../worker/client.ts';
export * from './actions/library.ts';
export * from './actions/challenge.ts';
export type {
  AsideText,
  KeptOrigin,
  KeptScenario,
  LibraryDialog,
  LibraryState,
  StorageConflict,
} from './slices/library.ts';
export * from './actions/share.ts';
export type { Teaching, TeachingRole } from './slices/teaching.ts';
export * from './teaching.ts';
export { startStoreEffects, type StoreEffectsOptions, type Persistence } from './effects/index.ts';
export * from './actions/conflict.ts';
export * from './actions/teachingLinks.ts';
export * from './actions/grading.ts';
export type { Grade, GradingKey, Goal } from '../model/gradingKey.ts';
export { provideBuiltInKeys } from './gradingKeys.ts';
