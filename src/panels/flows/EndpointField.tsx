import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  cancelPicking,
  startPicking,
  updateDraft,
  useStore,
  type PickTarget,
} from '../../store/index.ts';
import { buttonClass, labelClass, selectClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import {
  addressEndpoint,
  ANY_ADDRESS,
  ENDPOINT_GROUPS,
  endpointFromValue,
  endpointOptions,
  endpointValue,
} from './endpoints.ts';
import { TargetIcon } from './icons.tsx';

const TITLES = { source: 'Source', destination: 'Destination' } as const;

/**
 * One end of the draft flow: picked from a menu (instances by name and address, interfaces, the
 * AWS services gateway endpoints reach, internet hosts, the internet, any address typed in) or by
 * clicking it on the canvas ("Pick on canvas").
 */
export default function EndpointField({ end }: { readonly end: PickTarget }) {
  const title = TITLES[end];
  const endpoint = useStore((s) => s.sim.draft?.[end] ?? null);
  const value = useStore((s) => endpointValue(s.scenario, s.sim.draft?.[end] ?? null));
  // Plain strings, so that the menu re-renders only when an option changes.
  const options = useStore(
    useShallow((s) => endpointOptions(s.scenario).map((o) => `${o.group}\t${o.value}\t${o.label}`)),
  );
  const picking = useStore((s) => s.sim.picking === end);
  const imported = useStore((s) => s.scenario.terraform !== undefined);
  const [typing, setTyping] = useState(false);
  const id = useId();
  // While typing an address, the field stays even when the address is a host's; a pick on the
  // canvas (an instance) ends it.
  const showAddress = typing
    ? endpoint === null || !('instanceId' in endpoint || 'interfaceId' in endpoint)
    : value === ANY_ADDRESS;
  const address = endpoint && 'address' in endpoint ? (endpoint.address ?? '') : '';

  return (
    <div className="space-y-1" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} className={`${labelClass} block`}>
        {title}
      </label>
      <div className="flex gap-1">
        <select
          id={id}
          data-testid={`flows.editor.${end}`}
          className={selectClass}
          value={showAddress ? ANY_ADDRESS : value}
          onChange={(e) => {
            const v = e.target.value;
            setTyping(v === ANY_ADDRESS);
            if (v === ANY_ADDRESS) {
              // Until a valid address is typed, the flow has no such end (and is not evaluated).
              if (value !== ANY_ADDRESS) updateDraft({ [end]: null });
              return;
            }
            updateDraft({ [end]: endpointFromValue(useStore.getState().scenario, v) });
          }}
        >
          <option value="" disabled>
            Choose the {end}…
          </option>
          {ENDPOINT_GROUPS.map((group) => {
            const items = options.filter((o) => o.startsWith(`${group}\t`));
            if (items.length === 0) return null;
            return (
              <optgroup key={group} label={group}>
                {items.map((o) => {
                  const [, v = '', label = ''] = o.split('\t');
                  return (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  );
                })}
              </optgroup>
            );
          })}
          <option value={ANY_ADDRESS}>Any IP address…</option>
        </select>
        <button
          type="button"
          className={`${buttonClass} shrink-0 ${picking ? 'border-sky-600 bg-sky-50 text-sky-800 dark:bg-sky-950 dark:text-sky-200' : ''}`}
          aria-pressed={picking}
          data-testid={`flows.editor.${end}.pick`}
          title={`Pick the ${end} by clicking an instance or a host on the canvas`}
          onClick={() => (picking ? cancelPicking() : startPicking(end))}
        >
          <TargetIcon /> {picking ? 'Picking…' : 'Pick on canvas'}
        </button>
      </div>
      {picking && (
        <p
          role="status"
          className="rounded bg-sky-50 px-2 py-1 text-xs text-sky-900 dark:bg-sky-950 dark:text-sky-100"
          data-testid={`flows.editor.${end}.picking`}
        >
          Click an instance, an interface or an internet host on the canvas to make it the {end}.
          Press “Picking…” again to stop.
        </p>
      )}
      {showAddress && (
        <TextField
          label={`${title} address`}
          compact
          mono
          value={address}
          placeholder={
            imported
              ? 'an IP address, or a Terraform address: aws_instance.web'
              : 'an IPv4 or IPv6 address, e.g. 192.0.2.10'
          }
          testId={`flows.editor.${end}.address`}
          commit={(text) => {
            const parsed = addressEndpoint(text, useStore.getState().scenario);
            if (parsed.ok) updateDraft({ [end]: parsed.end });
            return parsed.ok ? null : parsed.error;
          }}
        />
      )}
    </div>
  );
}
