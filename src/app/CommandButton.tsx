import { memo, type ComponentType, type SVGProps } from 'react';
import { useStore } from '../store/index.ts';
import { command, isEnabled } from './commands.ts';
import { formatCombo } from './keys.ts';
import { MAC } from './platform.ts';
import { useHistoryFlags } from './useHistoryFlags.ts';

interface Props {
  readonly id: string;
  readonly icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** For toggles: whether it is on now (aria-pressed). */
  readonly pressed?: boolean;
}

/**
 * A toolbar button for a registry command: its label names it (aria-label), its tooltip adds the
 * shortcut, and it is disabled while the command's `when` fails.
 */
function CommandButton({ id, icon: Icon, pressed }: Props) {
  const cmd = command(id);
  const { canUndo, canRedo } = useHistoryFlags();
  const enabled = useStore((state) => isEnabled(cmd, { state, canUndo, canRedo }));
  const shortcut = cmd.keys[0];
  const title = shortcut ? `${cmd.label} (${formatCombo(shortcut, MAC)})` : cmd.label;
  return (
    <button
      type="button"
      aria-label={cmd.label}
      aria-pressed={pressed}
      title={title}
      data-testid={`toolbar.${id}`}
      disabled={!enabled}
      onClick={() => cmd.run()}
      className="inline-flex h-8 w-8 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-default disabled:text-slate-300 disabled:hover:bg-transparent aria-pressed:bg-sky-100 aria-pressed:text-sky-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:disabled:text-slate-600 dark:aria-pressed:bg-sky-900/60 dark:aria-pressed:text-sky-100"
    >
      <Icon />
    </button>
  );
}

export default memo(CommandButton);
