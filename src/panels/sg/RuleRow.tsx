import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SgDirection } from '../../model/edit.ts';
import type { SecurityGroupRule } from '../../model/types.ts';
import { editGroupRule, removeGroupRule, useStore } from '../../store/index.ts';
import MatchFields from '../rules/MatchFields.tsx';
import DecidingTag from '../explain/DecidingTag.tsx';
import { HIGHLIGHT_RING, useSgRuleDecided } from '../explain/highlight.ts';
import { selectPeerGroupIds, selectSecurityGroup } from '../selectors.ts';
import { TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import { GroupOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import SelectField from '../ui/SelectField.tsx';
import { iconButtonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import {
  DIRECTION_WORDS,
  peerKindOf,
  withDescription,
  withPeerCidr,
  withPeerGroup,
  withPeerKind,
  withPeerPrefixList,
  type PeerKind,
} from './rule.ts';

const PEER_KINDS: readonly PeerKind[] = ['cidr', 'group', 'prefixList'];

/**
 * One security-group rule: type, protocol, ports or ICMP; the peer as a CIDR, a group or a prefix
 * list; a description. Each change goes to the model as the next rule; a refusal shows below.
 */
export default function RuleRow({
  groupId,
  direction,
  index,
}: {
  readonly groupId: string;
  readonly direction: SgDirection;
  readonly index: number;
}) {
  const rule = useStore((s) => selectSecurityGroup(s, groupId)?.[direction][index]);
  const peerGroups = useStore(useShallow((s) => selectPeerGroupIds(s, groupId)));
  const lists = useStore(
    useShallow((s) => s.scenario.prefixLists.map((p) => `${p.id}\t${p.name}`)),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useSgRuleDecided(groupId, direction, index);
  if (!rule) return null;
  const words = DIRECTION_WORDS[direction];
  const label = `${words.one} ${index + 1}`;
  const testId = `sg.rule.${direction}.${index}`;
  const change = (next: SecurityGroupRule, field?: string) =>
    editGroupRule(groupId, direction, index, next, field);
  const pick = (next: SecurityGroupRule) => setRefusal(change(next));
  const peerKind = peerKindOf(rule);
  const peerListId = rule.peer.kind === 'prefixList' ? rule.peer.prefixListId : '';
  const listKnown = lists.some((l) => l.split('\t')[0] === peerListId);

  return (
    <li
      data-testid={testId}
      data-highlight={decided ?? undefined}
      className={`space-y-1 rounded border border-slate-200 bg-slate-50 p-1.5 dark:border-slate-700 dark:bg-slate-800/50 ${decided ? HIGHLIGHT_RING[decided] : ''}`}
    >
      <DecidingTag verdict={decided} />
      <MatchFields rule={rule} label={label} testId={testId} onChange={change} />
      <div className="grid grid-cols-[auto_4.5rem_minmax(0,1fr)_auto] items-start gap-1">
        <span className="pt-1.5 text-xs text-slate-600 dark:text-slate-300" aria-hidden="true">
          {words.peer}
        </span>
        <SelectField
          label={`${words.peer} kind of ${label}`}
          compact
          value={peerKind}
          testId={`${testId}.peerKind`}
          onChange={(v) => {
            const kind = PEER_KINDS.find((k) => k === v) ?? 'cidr';
            pick(withPeerKind(rule, kind, groupId, lists[0]?.split('\t')[0]));
          }}
        >
          <option value="cidr">CIDR</option>
          <option value="group">Group</option>
          {(peerKind === 'prefixList' || lists.length > 0) && (
            <option value="prefixList">Prefix list</option>
          )}
        </SelectField>
        {rule.peer.kind === 'cidr' && (
          <TextField
            label={`${words.peer} CIDR of ${label}`}
            compact
            mono
            value={rule.peer.cidr}
            testId={`${testId}.cidr`}
            placeholder="0.0.0.0/0 or ::/0"
            commit={(t) => change(withPeerCidr(rule, t), 'cidr')}
          />
        )}
        {rule.peer.kind === 'group' && (
          <SelectField
            label={`${words.peer} group of ${label}`}
            compact
            value={rule.peer.groupId}
            testId={`${testId}.group`}
            onChange={(v) => pick(withPeerGroup(rule, v))}
          >
            {!peerGroups.includes(rule.peer.groupId) && (
              <option value={rule.peer.groupId}>{rule.peer.groupId} (not found)</option>
            )}
            {peerGroups.map((g) => (
              <GroupOption key={g} id={g} suffix={g === groupId ? ' · this group' : ''} />
            ))}
          </SelectField>
        )}
        {rule.peer.kind === 'prefixList' && (
          <SelectField
            label={`${words.peer} prefix list of ${label}`}
            compact
            value={rule.peer.prefixListId}
            testId={`${testId}.prefixList`}
            onChange={(v) => pick(withPeerPrefixList(rule, v))}
          >
            {!listKnown && <option value={peerListId}>{peerListId} (not found)</option>}
            {lists.map((row) => {
              const [id = '', name = ''] = row.split('\t');
              return (
                <option key={id} value={id}>
                  {name && name !== id ? `${name} (${id})` : id}
                </option>
              );
            })}
          </SelectField>
        )}
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Remove ${label}`}
          data-testid={`${testId}.remove`}
          onClick={() => setRefusal(removeGroupRule(groupId, direction, index))}
        >
          <TrashIcon />
        </button>
      </div>
      <TextField
        label={`Description of ${label}`}
        compact
        value={rule.description ?? ''}
        placeholder="description (optional)"
        testId={`${testId}.description`}
        commit={(t) => change(withDescription(rule, t), 'description')}
      />
      <Refusal text={refusal} />
      <FindingNotes resourceId={groupId} field={`${direction}[${index}]`} />
    </li>
  );
}
