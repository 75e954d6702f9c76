import { selectDecidingRule, useStore, type DecidingHighlight } from '../../store/index.ts';
import type { Scenario } from '../../model/types.ts';
import { buttonClass } from '../ui/styles.ts';
import { revealTarget, type RevealTarget } from './reveal.ts';
import { namePieces } from './named.ts';
import Named from './Named.tsx';
import { resourceLabel, resourceName } from './words.ts';

const WAY = { ingress: 'inbound', egress: 'outbound' } as const;

function decidingWords(scenario: Scenario, d: DecidingHighlight): string {
  switch (d.kind) {
    case 'nacl': {
      const acl = `network ACL ${resourceLabel(scenario, d.aclId)}`;
      return d.ruleNumber >= 32767
        ? `The final * rule (deny) of the ${acl}, ${WAY[d.direction]}: no numbered rule matched.`
        : `Rule ${d.ruleNumber} of the ${acl}, ${WAY[d.direction]}.`;
    }
    case 'sg':
      return `${resourceName(scenario, d.instanceId)}'s security groups: no rule allowed it. Security groups have only allow rules and deny whatever none of them allows.`;
    case 'sg-rule':
      return `${WAY[d.direction] === 'inbound' ? 'Inbound' : 'Outbound'} rule ${d.index + 1} of security group ${resourceLabel(scenario, d.groupId)}.`;
    case 'route':
      return d.destination === null
        ? `Route table ${resourceLabel(scenario, d.routeTableId)}: no route covers the destination.`
        : `Route ${d.destination} of route table ${resourceLabel(scenario, d.routeTableId)}.`;
  }
}

/**
 * What decided the hop in focus (the packet's current hop, else the blocking one), named as the
 * editors name it, with a button that opens that editor on it (where the row is highlighted).
 * For a security group, the instance's groups are listed: none of their rules allowed the packet.
 */
export default function DecidingNote({
  onReveal,
}: {
  readonly onReveal: (target: RevealTarget) => void;
}) {
  const deciding = useStore(selectDecidingRule);
  const stepping = useStore((s) => s.sim.active.step >= 0);
  const words = useStore((s) => (deciding ? decidingWords(s.scenario, deciding) : ''));
  const groups = useStore((s) =>
    deciding?.kind === 'sg'
      ? deciding.groupIds.map((g) => resourceLabel(s.scenario, g)).join('\n')
      : '',
  );
  const scenario = useStore((s) => s.scenario);
  const target = revealTarget(deciding);
  if (!deciding) return null;
  return (
    <div
      data-testid="explain.deciding"
      data-kind={deciding.kind}
      className="space-y-1 rounded border border-slate-200 p-1.5 text-xs dark:border-slate-700"
    >
      <p className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {stepping ? 'What decided at this hop' : 'What decided'}
      </p>
      <p data-testid="explain.deciding.words">
        <Named pieces={namePieces(scenario, words)} />
      </p>
      {groups && (
        <ul className="flex flex-wrap gap-1" aria-label="The instance's security groups">
          {groups.split('\n').map((label, k) => (
            <li
              key={label}
              data-testid={`explain.group.${deciding.kind === 'sg' ? deciding.groupIds[k] : ''}`}
              className="rounded border border-red-300 bg-red-50 px-1.5 py-px font-mono text-[11px] text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
            >
              {label}
            </li>
          ))}
        </ul>
      )}
      {target && (
        <button
          type="button"
          className={buttonClass}
          data-testid="explain.show-in-editor"
          onClick={() => onReveal(target)}
        >
          Show in the{' '}
          {target.tab === 'sg'
            ? 'security group'
            : target.tab === 'nacl'
              ? 'network ACL'
              : 'route table'}{' '}
          editor
        </button>
      )}
    </div>
  );
}
