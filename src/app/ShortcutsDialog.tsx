import { openDialog, useStore } from '../store/index.ts';
import { COMMANDS, type Command, type CommandGroup } from './commands.ts';
import { formatCombo } from './keys.ts';
import Modal from '../ui/Modal.tsx';
import { MAC } from './platform.ts';
import { startTour } from './welcome/welcomeState.ts';

const close = () => openDialog(null);

const GROUPS: readonly CommandGroup[] = ['History', 'Edit', 'Add', 'View', 'Scenario'];

/** Every command and its keys, read from the registry: the one place a shortcut is written. */
export default function ShortcutsDialog() {
  const open = useStore((s) => s.dialog === 'shortcuts');
  if (!open) return null;
  return (
    <Modal title="Keyboard shortcuts" testId="shortcuts.dialog" onCancel={close} width="max-w-4xl">
      <div className="max-h-[70vh] gap-x-8 overflow-y-auto px-5 pt-3 pb-2 sm:columns-2 lg:columns-3">
        {GROUPS.map((group) => {
          const commands = COMMANDS.filter((c) => c.group === group);
          if (commands.length === 0) return null;
          return (
            <section key={group} aria-label={group} className="mb-4 break-inside-avoid">
              <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
                {group}
              </h3>
              <dl className="text-sm">
                {commands.map((c) => (
                  <div
                    key={c.id}
                    className="flex items-baseline justify-between gap-4 border-b border-slate-100 py-1 last:border-0 dark:border-slate-800"
                    data-testid={`shortcuts.row.${c.id}`}
                  >
                    <dt>{c.label}</dt>
                    <dd className="flex shrink-0 flex-wrap justify-end gap-1">
                      <Keys command={c} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
      <div className="flex justify-between px-5 pt-2 pb-4">
        <button
          type="button"
          data-testid="shortcuts.tour"
          onClick={() => {
            close();
            startTour();
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Take the 2-minute tour
        </button>
        <button
          type="button"
          onClick={close}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Close
        </button>
      </div>
    </Modal>
  );
}

function Keys({ command }: { command: Command }) {
  if (command.kbd) return <Kbd text={command.kbd} />;
  if (command.keys.length === 0) {
    return <span className="text-xs text-slate-500 dark:text-slate-400">toolbar only</span>;
  }
  return command.keys.map((combo, k) => (
    <span key={combo} className="flex items-baseline gap-1">
      {k > 0 ? <span className="text-xs text-slate-500 dark:text-slate-400">or</span> : null}
      <Kbd text={formatCombo(combo, MAC)} />
    </span>
  ));
}

function Kbd({ text }: { text: string }) {
  return (
    <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      {text}
    </kbd>
  );
}
