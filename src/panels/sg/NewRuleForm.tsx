import { useId, useState } from 'react';
import { SG_PRESETS, type SgDirection } from '../../model/edit.ts';
import { addGroupRule } from '../../store/index.ts';
import { PlusIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, labelClass, monoInputClass, selectClass } from '../ui/styles.ts';
import { ANYWHERE_IPV4, DIRECTION_WORDS, ruleFromPreset } from './rule.ts';

const FIRST_PICK = { ingress: 'https', egress: 'all-traffic' } as const;

/** Adds a rule: a type from the presets and a CIDR; ports, peer group and description are edited after. */
export default function NewRuleForm({
  groupId,
  direction,
}: {
  readonly groupId: string;
  readonly direction: SgDirection;
}) {
  const [presetId, setPresetId] = useState<string>(FIRST_PICK[direction]);
  const [cidr, setCidr] = useState(ANYWHERE_IPV4);
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const words = DIRECTION_WORDS[direction];
  return (
    <form
      className="mt-1.5 rounded border border-dashed border-slate-300 p-1.5 dark:border-slate-600"
      aria-label={`New ${words.one}`}
      onSubmit={(e) => {
        e.preventDefault();
        const preset = SG_PRESETS.find((p) => p.id === presetId);
        if (preset) setRefusal(addGroupRule(groupId, direction, ruleFromPreset(preset, cidr)));
      }}
    >
      <div className={`${labelClass} mb-1`}>New {words.one}</div>
      <div className="grid grid-cols-[minmax(0,1.2fr)_minmax(0,1.2fr)_auto] gap-1">
        <label htmlFor={`${id}-type`} className="sr-only">
          Type of the new {words.one}
        </label>
        <select
          id={`${id}-type`}
          data-testid={`sg.new-rule.${direction}.preset`}
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
        <label htmlFor={`${id}-cidr`} className="sr-only">
          {words.peer} CIDR of the new {words.one}
        </label>
        <input
          id={`${id}-cidr`}
          data-testid={`sg.new-rule.${direction}.cidr`}
          className={monoInputClass}
          value={cidr}
          spellCheck={false}
          onChange={(e) => setCidr(e.target.value)}
        />
        <button type="submit" className={buttonClass} data-testid={`sg.add-rule.${direction}`}>
          <PlusIcon /> Add rule
        </button>
      </div>
      <Refusal text={refusal} testId={`sg.new-rule.${direction}.refusal`} />
    </form>
  );
}
