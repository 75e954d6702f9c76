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
