export { useStore, type StoreState, type Undoable } from './store.ts';
export type { Size, Point } from './slices/layout.ts';
export type { Message, Confirmation, Dialog, Theme } from './slices/ui.ts';
export * from './selectors.ts';
export { loadScenario, applyEdit, updateScenario, type EditOutcome } from './actions/scenario.ts';
export {
  moveNode,
  dragNode,
  endDrag,
  resizeNode,
  recordMeasured,
  setCollapsed,
} from './actions/layout.ts';
export { undo, redo, clearHistory } from './actions/history.ts';
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
export * from './actions/document.ts';
export * from './actions/clipboard.ts';
export * from './actions/canvas.ts';
export {
  selectMatrixStale,
  MATRIX_INTERNET_ADDRESS,
  type MatrixState,
  type MatrixStatus,
  type MatrixView,
  type MatrixFilter,
} from './slices/matrix.ts';
export * from './actions/matrix.ts';
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
export type { KeptOrigin, KeptScenario, LibraryDialog, LibraryState } from './slices/library.ts';
export * from './actions/share.ts';
