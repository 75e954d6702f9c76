import { useId, useState } from 'react';
import { nextRuleNumber, SG_PRESETS, type NaclDirection } from '../../model/edit.ts';
import { addAclEntry, useStore } from '../../store/index.ts';
import { parseWhole } from '../rules/match.ts';
import { selectNetworkAcl } from '../selectors.ts';
import { PlusIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, labelClass, monoInputClass, selectClass } from '../ui/styles.ts';
import { entryFromPreset } from './entry.ts';

const WORD = { ingress: 'inbound', egress: 'outbound' } as const;

/** Adds a numbered rule; the number starts at the model's suggestion (the next free multiple of 10). */
export default function NewEntryForm({
  aclId,
  direction,
}: {
  readonly aclId: string;
  readonly direction: NaclDirection;
}) {
  const suggested = useStore((s) => {
    const acl = selectNetworkAcl(s, aclId);
    return acl === undefined ? 100 : nextRuleNumber(acl, direction);
  });
  const [number, setNumber] = useState<string | null>(null);
  const [action, setAction] = useState<'allow' | 'deny'>('allow');
  const [presetId, setPresetId] = useState('all-traffic');
  const [cidr, setCidr] = useState('0.0.0.0/0');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const word = WORD[direction];
  const prefix = `nacl.new-entry.${direction}`;

  const submit = () => {
    const parsed = parseWhole(number ?? String(suggested));
    const preset = SG_PRESETS.find((p) => p.id === presetId);
    if (!parsed.ok) return setRefusal(parsed.error);
    if (!preset) return;
    const result = addAclEntry(
      aclId,
      direction,
      entryFromPreset(preset, parsed.value, action, cidr),
    );
    setRefusal(result);
    if (result === null) setNumber(null);
  };

  return (
    <form
      aria-label={`New ${word} rule`}
      className="mt-1.5 rounded border border-dashed border-slate-300 p-1.5 dark:border-slate-600"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className={`${labelClass} mb-1`}>New {word} rule</div>
      <div className="grid grid-cols-[4.25rem_5rem_minmax(0,1fr)] gap-1">
        <label htmlFor={`${id}-n`} className="sr-only">
          Number of the new {word} rule
        </label>
        <input
          id={`${id}-n`}
          data-testid={`${prefix}.ruleNumber`}
          className={monoInputClass}
          inputMode="numeric"
          value={number ?? String(suggested)}
          onChange={(e) => setNumber(e.target.value)}
        />
        <label htmlFor={`${id}-a`} className="sr-only">
          Action of the new {word} rule
        </label>
        <select
          id={`${id}-a`}
          data-testid={`${prefix}.action`}
          className={selectClass}
          value={action}
          onChange={(e) => setAction(e.target.value === 'deny' ? 'deny' : 'allow')}
        >
          <option value="allow">Allow</option>
          <option value="deny">Deny</option>
        </select>
        <label htmlFor={`${id}-t`} className="sr-only">
          Type of the new {word} rule
        </label>
        <select
          id={`${id}-t`}
          data-testid={`${prefix}.preset`}
          className={selectClass}
          value={presetId}
          onChange={(e) => setPresetId(e.target.value)}
        >
          {SG_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-1 grid grid-cols-[minmax(0,1fr)_auto] gap-1">
        <label htmlFor={`${id}-c`} className="sr-only">
          CIDR of the new {word} rule
        </label>
        <input
          id={`${id}-c`}
          data-testid={`${prefix}.cidr`}
          className={monoInputClass}
          spellCheck={false}
          value={cidr}
          onChange={(e) => setCidr(e.target.value)}
        />
        <button type="submit" className={buttonClass} data-testid={`nacl.add-entry.${direction}`}>
          <PlusIcon /> Add rule
        </button>
      </div>
      <Refusal text={refusal} testId={`${prefix}.refusal`} />
    </form>
  );
}
