import { useStore } from '../store.ts';

/** Replaces the selection; the same IDs leave the state untouched. */
export function select(ids: readonly string[]): void {
  const current = useStore.getState().selection;
  if (current.length === ids.length && current.every((id, k) => id === ids[k])) return;
  useStore.setState({ selection: [...ids] });
}

export function toggleSelected(id: string): void {
  const current = useStore.getState().selection;
  select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
}

export function clearSelection(): void {
  select([]);
}
