import { useState } from 'react';
import type { NaclDirection } from '../../model/edit.ts';
import type { NaclEntry } from '../../model/types.ts';
import { editAclEntry, moveAclEntry, removeAclEntry, useStore } from '../../store/index.ts';
import MatchFields from '../rules/MatchFields.tsx';
import { parseWhole } from '../rules/match.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { HIGHLIGHT_RING, useNaclEntryDecided } from '../explain/highlight.ts';
import { selectNetworkAcl } from '../selectors.ts';
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import Refusal from '../ui/Refusal.tsx';
import SelectField from '../ui/SelectField.tsx';
import { iconButtonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import { withAction, withCidr, withRuleNumber } from './entry.ts';

const WORD = { ingress: 'inbound', egress: 'outbound' } as const;

/**
 * One numbered ACL rule: its number, allow or deny, CIDR, and what it matches; buttons move it
 * up or down (swapping numbers with its neighbour) or remove it.
 */
export default function EntryRow({
  aclId,
  direction,
  ruleNumber,
  index,
  previous,
  next,
  onMoved,
}: {
  readonly aclId: string;
  readonly direction: NaclDirection;
  readonly ruleNumber: number;
  readonly index: number;
  readonly previous: number | undefined;
  readonly next: number | undefined;
  readonly onMoved: (testId: string) => void;
}) {
  const entry = useStore((s) =>
    selectNetworkAcl(s, aclId)?.[direction].find((e) => e.ruleNumber === ruleNumber),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useNaclEntryDecided(aclId, direction, ruleNumber);
  if (!entry) return null;
  const label = `${WORD[direction]} rule ${ruleNumber}`;
  const testId = `nacl.entry.${direction}.${ruleNumber}`;
  const change = (e: NaclEntry, field?: string) =>
    editAclEntry(aclId, direction, ruleNumber, e, field);
  const move = (where: 'up' | 'down', to: number | undefined) => {
    const result = moveAclEntry(aclId, direction, ruleNumber, where);
    setRefusal(result);
    if (result === null && to !== undefined) onMoved(`nacl.entry.${direction}.${to}.${where}`);
  };
  const deny = entry.action === 'deny';

  return (
    <li
      data-testid={testId}
      data-highlight={decided ?? undefined}
      className={`flex gap-1 rounded border border-l-4 py-1.5 pr-1.5 pl-0.5 ${decided ? HIGHLIGHT_RING[decided] : ''} ${
        deny
          ? 'border-red-200 border-l-red-600 bg-red-50/60 dark:border-red-900 dark:border-l-red-500 dark:bg-red-950/30'
          : 'border-slate-200 border-l-emerald-600 bg-slate-50 dark:border-slate-700 dark:border-l-emerald-500 dark:bg-slate-800/50'
      }`}
    >
      <div className="flex flex-col">
        <button
          type="button"
          className={`${iconButtonClass} h-6 w-6`}
          aria-label={`Move ${label} up`}
          data-testid={`${testId}.up`}
          disabled={previous === undefined}
          onClick={() => move('up', previous)}
        >
          <ArrowUpIcon />
        </button>
        <button
          type="button"
          className={`${iconButtonClass} h-6 w-6`}
          aria-label={`Move ${label} down`}
          data-testid={`${testId}.down`}
          disabled={next === undefined}
          onClick={() => move('down', next)}
        >
          <ArrowDownIcon />
        </button>
        <button
          type="button"
          className={`${iconButtonClass} h-6 w-6`}
          aria-label={`Remove ${label}`}
          data-testid={`${testId}.remove`}
          onClick={() => setRefusal(removeAclEntry(aclId, direction, ruleNumber))}
        >
          <TrashIcon />
        </button>
      </div>
      <div className="min-w-0 flex-1 space-y-1">
        <DecidingTag verdict={decided} />
        <div className="grid grid-cols-[3.25rem_4.25rem_minmax(0,1fr)] items-start gap-1">
          <TextField
            label={`Number of ${label} (Enter to apply)`}
            compact
            mono
            commitOn="enter"
            inputMode="numeric"
            value={String(ruleNumber)}
            testId={`${testId}.ruleNumber`}
            commit={(t) => {
              const parsed = parseWhole(t);
              return parsed.ok ? change(withRuleNumber(entry, parsed.value)) : parsed.error;
            }}
          />
          <SelectField
            label={`Action of ${label}`}
            compact
            value={entry.action}
            testId={`${testId}.action`}
            onChange={(v) => setRefusal(change(withAction(entry, v)))}
          >
            <option value="allow">Allow</option>
            <option value="deny">Deny</option>
          </SelectField>
          <TextField
            label={`CIDR of ${label}`}
            compact
            mono
            value={entry.cidr}
            testId={`${testId}.cidr`}
            commit={(t) => change(withCidr(entry, t), 'cidr')}
          />
        </div>
        <MatchFields rule={entry} label={label} testId={testId} onChange={change} />
        <Refusal text={refusal} />
        <FindingNotes resourceId={aclId} field={`${direction}[${index}]`} />
      </div>
    </li>
  );
}
