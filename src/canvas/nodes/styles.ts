/** Shared looks of the leaf nodes (instances, NAT gateways, internet hosts). */
export const LEAF_CLASS =
  'relative flex h-full w-full items-center gap-2 rounded-md border border-l-4 bg-white px-2 shadow-sm dark:bg-slate-900';

/** A selected node: a blue ring, on top of whatever colour says its kind. */
export const SELECTED_CLASS =
  'ring-2 ring-blue-500 ring-offset-1 dark:ring-blue-400 dark:ring-offset-slate-900';
