import { memo } from 'react';
import { byId, useStore } from '../../store/index.ts';
import { chipColour } from '../security/chipColour.ts';
import { highlight, useHighlight } from '../security/highlight.ts';

/** Chips a node shows before "+n more": the node is 170 px wide, its ENI count on the right. */
const SHOWN = 2;

/**
 * A node's security groups as chips on its bottom border, each in its group's colour with its
 * name; hovering one lights every node that carries the group. Two at most, then "+n".
 */
function SecurityChips({ nodeId, groupIds }: { nodeId: string; groupIds: readonly string[] }) {
  const lit = useHighlight((h) => h.id !== null && groupIds.includes(h.id));
  if (groupIds.length === 0) return null;
  const more = groupIds.length - SHOWN;
  return (
    <>
      {lit && <Lit />}
      <div className="chip-row absolute -bottom-2.5 left-2 flex max-w-[calc(100%-3.5rem)] gap-1">
        {groupIds.slice(0, SHOWN).map((g) => (
          <GroupChip key={g} nodeId={nodeId} groupId={g} />
        ))}
        {more > 0 && (
          <span
            className="rounded-full border border-slate-400 bg-white px-1.5 text-[11px] leading-4 text-slate-700 dark:bg-slate-900 dark:text-slate-200"
            title={`${more} more security group${more === 1 ? '' : 's'}`}
          >
            +{more}
          </span>
        )}
      </div>
    </>
  );
}

function GroupChip({ nodeId, groupId }: { nodeId: string; groupId: string }) {
  const name = useStore((s) => byId(s.scenario.securityGroups, groupId)?.name ?? groupId);
  return (
    <Chip
      testId={`canvas.sg-chip.${nodeId}.${groupId}`}
      id={groupId}
      text={name}
      title={`Security group ${name} (${groupId}): hover to light every resource in it`}
    />
  );
}

/** One chip: its colour, white text, and the hover that lights the resources sharing it. */
export function Chip({
  testId,
  id,
  text,
  title,
  dashed = false,
}: {
  testId: string;
  id: string;
  text: string;
  title: string;
  dashed?: boolean;
}) {
  const colour = chipColour(id);
  return (
    <span
      data-testid={testId}
      data-chip={id}
      title={title}
      onMouseEnter={() => highlight(id)}
      onMouseLeave={() => highlight(null)}
      className={`sg-chip min-w-0 truncate rounded-full px-1.5 text-[11px] leading-4 font-medium text-white shadow-sm ${
        dashed ? 'outline-1 outline-offset-1 outline-white outline-dashed' : ''
      }`}
      style={{ backgroundColor: colour }}
    >
      {text}
    </span>
  );
}

/** The ring of a node lit by a hovered chip. */
export function Lit() {
  return (
    <span
      aria-hidden="true"
      data-lit="true"
      className="pointer-events-none absolute -inset-1.5 rounded-lg ring-[3px] ring-amber-400 dark:ring-amber-300"
    />
  );
}

export default memo(SecurityChips);
