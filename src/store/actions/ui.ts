import { useStore } from '../store.ts';
import type { Confirmation, Dialog, Message, MessageAction, Theme } from '../slices/ui.ts';

let nextMessageId = 1;

/** Shows a message; errors stay until dismissed, notes go after a few seconds (see Messages.tsx). */
export function showMessage(kind: Message['kind'], text: string, action?: MessageAction): number {
  const id = nextMessageId++;
  const message: Message = { id, kind, text, ...(action ? { action } : {}) };
  useStore.setState((s) => ({ messages: [...s.messages.slice(-4), message] }));
  return id;
}

export function dismissMessage(id: number): void {
  useStore.setState((s) => ({ messages: s.messages.filter((m) => m.id !== id) }));
}

export function askConfirmation(confirmation: Confirmation): void {
  useStore.setState({ confirmation });
}

export function answerConfirmation(confirmed: boolean): void {
  const pending = useStore.getState().confirmation;
  useStore.setState({ confirmation: null });
  if (confirmed) pending?.onConfirm();
}

export function openDialog(dialog: Dialog): void {
  useStore.setState({ dialog });
}

export function setTheme(theme: Theme): void {
  useStore.setState({ theme });
}

export function toggleSnapToGrid(): void {
  useStore.setState((s) => ({ snapToGrid: !s.snapToGrid }));
}
