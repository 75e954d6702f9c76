import { memo, type ComponentType, type SVGProps } from 'react';
import { useStore } from '../store/index.ts';
import { LockIcon } from '../ui/Icon.tsx';
import { command, isEnabled } from './commands.ts';
import { formatCombo } from './keys.ts';
import { MAC } from './platform.ts';
import { useHistoryFlags } from './useHistoryFlags.ts';

interface Props {
  readonly id: string;
  readonly icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** For toggles: whether it is on now (aria-pressed). */
  readonly pressed?: boolean;
  /**
   * The word shown under the icon on wide screens (≥ 1280 px); a part of the accessible name, so
   * what is seen is what a voice user says.
   */
  readonly short?: string;
}

/**
 * A toolbar button for a registry command: its label names it (aria-label), its tooltip adds the
 * shortcut, and it is disabled while the command's `when` fails. A locked command looks locked:
 * disabled, with a padlock, and the reason in words (its description and tooltip).
 */
function CommandButton({ id, icon: Icon, pressed, short }: Props) {
  const cmd = command(id);
  const { canUndo, canRedo } = useHistoryFlags();
  const enabled = useStore((state) => isEnabled(cmd, { state, canUndo, canRedo }));
  const locked = useStore((state) => cmd.locked?.({ state, canUndo, canRedo }) ?? null);
  const shortcut = cmd.keys[0];
  const named = shortcut ? `${cmd.label} (${formatCombo(shortcut, MAC)})` : cmd.label;
  const title = locked === null ? named : `${cmd.label}: locked. ${locked}`;
  return (
    <button
      type="button"
      aria-label={cmd.label}
      aria-description={locked ?? undefined}
      data-locked={locked === null ? undefined : 'true'}
      aria-pressed={pressed}
      title={title}
      data-testid={`toolbar.${id}`}
      disabled={!enabled}
      onClick={() => cmd.run()}
      className="relative inline-flex h-8 w-8 items-center justify-center rounded-md xl:h-11 xl:w-auto xl:min-w-10 xl:flex-col xl:gap-0.5 xl:px-1 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 disabled:cursor-default disabled:text-slate-300 disabled:hover:bg-transparent aria-pressed:bg-sky-100 aria-pressed:text-sky-800 dark:text-slate-200 dark:hover:bg-slate-800 dark:disabled:text-slate-600 dark:aria-pressed:bg-sky-900/60 dark:aria-pressed:text-sky-100"
    >
      <Icon />
      {short ? (
        <span aria-hidden="true" className="hidden text-[11px] leading-none xl:block">
          {short}
        </span>
      ) : null}
      {locked === null ? null : (
        <LockIcon
          width={11}
          height={11}
          strokeWidth={2.6}
          data-testid={`toolbar.${id}.lock`}
          className="absolute right-0 bottom-0 rounded-full bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-100"
        />
      )}
    </button>
  );
}

export default memo(CommandButton);
