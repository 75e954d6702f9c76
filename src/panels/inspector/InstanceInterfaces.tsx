import { useShallow } from 'zustand/react/shallow';
import {
  addToSelection,
  select,
  selectNetworkInterface,
  showMessage,
  useStore,
} from '../../store/index.ts';
import { nameAndId } from '../selectors.ts';
import { PlusIcon } from '../ui/icons.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass } from '../ui/styles.ts';

/**
 * An instance's network interfaces: eth0 (the instance's own fields above) and the others, each
 * opened in its own inspector; a new one is made in the instance's subnet and attached at the next
 * free device index (the canvas draws it there, linked to the instance).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export default function InstanceInterfaces({ instanceId }: { readonly instanceId: string }) {
  const ids = useStore(
    useShallow((s) =>
      s.scenario.networkInterfaces
        .filter((e) => e.attachment?.instanceId === instanceId)
        .sort((a, b) => (a.attachment?.deviceIndex ?? 0) - (b.attachment?.deviceIndex ?? 0))
        .map((e) => e.id),
    ),
  );
  return (
    <Section
      title="Network interfaces"
      actions={
        <span
          className="text-xs text-slate-600 dark:text-slate-300"
          data-testid="inspector.interfaces.count"
        >
          {ids.length + 1}
        </span>
      }
    >
      <ul className="space-y-1" aria-label="Network interfaces">
        <li className="flex items-center gap-2 text-[13px]">
          <span className="w-9 font-mono text-xs text-slate-500">eth0</span>
          <span className="text-slate-600 dark:text-slate-400">primary: the fields above</span>
        </li>
        {ids.map((id) => (
          <InterfaceRow key={id} id={id} />
        ))}
      </ul>
      <button
        type="button"
        className={buttonClass}
        data-testid="inspector.add-interface"
        onClick={() => {
          select([instanceId]);
          const id = addToSelection('networkInterface');
          if (id !== null) {
            // Stay on the instance: its list now shows the new interface.
            select([instanceId]);
            showMessage('info', `Added ${id}; it is drawn in its subnet, linked to the instance.`);
          }
        }}
      >
        <PlusIcon /> Add a network interface
      </button>
    </Section>
  );
}

function InterfaceRow({ id }: { readonly id: string }) {
  const eni = useStore((s) => selectNetworkInterface(s, id));
  if (!eni) return null;
  return (
    <li className="flex items-center gap-2 text-[13px]" data-testid={`inspector.interface.${id}`}>
      <span className="w-9 font-mono text-xs text-slate-500">eth{eni.attachment?.deviceIndex}</span>
      <button
        type="button"
        className="min-w-0 flex-1 truncate text-left text-sky-800 underline decoration-dotted hover:decoration-solid dark:text-sky-300"
        onClick={() => select([id])}
      >
        {nameAndId(eni, id)}
      </button>
      <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{eni.privateIp}</span>
    </li>
  );
}
