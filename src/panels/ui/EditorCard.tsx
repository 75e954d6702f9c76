import { useState, type ReactNode } from 'react';
import type { Refusal as RefusalText } from '../../store/index.ts';
import {
  selectFindings,
  selectLockedForStudents,
  selectLockReason,
  useStore,
} from '../../store/index.ts';
import ResourceCard from '../../ui/ResourceCard.tsx';
import { HIGHLIGHT_RING, type Decided } from '../explain/highlight.ts';
import { findingsFor, worstSeverity } from '../findings.ts';
import { ErrorIcon, TrashIcon, WarningIcon } from './icons.tsx';
import { FindingNotes } from './Notes.tsx';
import Refusal from './Refusal.tsx';
import { buttonClass } from './styles.ts';
import TextField from './TextField.tsx';

/**
 * One security group, network ACL or route table in its editor: the card line (name, ID,
 * findings, badges, a padlock when the challenge locks it) and, opened, its name, delete, what
 * uses it, the refusal of the last action, its findings, then its own rules (`children`). The
 * three editors differ only in their badges, notes, actions and rules.
 */
export default function EditorCard({
  id,
  prefix,
  testId,
  title,
  nameLabel,
  rename,
  remove,
  badges,
  decided,
  note,
  usedBy,
  actions,
  open,
  onToggle,
  children,
}: {
  readonly id: string;
  /** The test IDs' prefix of its controls: `sg`, `nacl`, `route`. */
  readonly prefix: string;
  readonly testId: string;
  readonly title: string;
  /** The name field's label, or null when the name cannot change (a default group). */
  readonly nameLabel: string | null;
  readonly rename: (name: string) => RefusalText;
  /** Deletes it; null when it cannot be deleted (a default, a main table). */
  readonly remove: (() => RefusalText) | null;
  readonly badges: ReactNode;
  readonly decided: Decided;
  readonly note?: ReactNode;
  readonly usedBy?: string;
  /** More buttons beside delete ("Set as main table"); each returns its refusal. */
  readonly actions?: (say: (refusal: RefusalText) => void) => ReactNode;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}) {
  const worst = useStore((s) => worstSeverity(findingsFor(selectFindings(s), id)));
  const lock = useStore((s) => selectLockReason(s, id));
  const lockedForStudents = useStore((s) => selectLockedForStudents(s, id));
  const [refusal, setRefusal] = useState<RefusalText>(null);
  const nameField =
    nameLabel === null ? null : (
      <TextField label={nameLabel} value={title} commit={rename} testId={`${prefix}.field.name`} />
    );
  const deleteButton =
    remove === null ? null : (
      <button
        type="button"
        className={buttonClass}
        data-testid={`${prefix}.delete`}
        onClick={() => setRefusal(remove())}
      >
        <TrashIcon /> Delete
      </button>
    );
  return (
    <ResourceCard
      testId={testId}
      id={id}
      title={title}
      open={open}
      onToggle={onToggle}
      highlight={decided}
      ringClass={decided ? HIGHLIGHT_RING[decided] : ''}
      lock={lock}
      lockHint={lock === null && lockedForStudents ? 'Locked for students by the challenge' : null}
      badges={badges}
      markers={<FindingsMarker worst={worst} />}
    >
      {nameField || deleteButton ? (
        <div className="flex items-end gap-1">
          <div className="flex-1">{nameField}</div>
          {deleteButton}
        </div>
      ) : null}
      {note ? <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
      {actions ? (
        <div className="flex flex-wrap items-center gap-1">{actions(setRefusal)}</div>
      ) : null}
      {usedBy !== undefined ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid={`${prefix}.used-by`}>
          {usedBy}
        </p>
      ) : null}
      <Refusal text={refusal} testId={`${prefix}.refusal`} />
      <FindingNotes resourceId={id} field="id" />
      {children}
    </ResourceCard>
  );
}

function FindingsMarker({ worst }: { readonly worst: 'error' | 'warning' | null }) {
  if (worst === 'error') {
    return (
      <span className="flex items-center gap-0.5 text-[11px] text-red-700 dark:text-red-400">
        <ErrorIcon /> errors
      </span>
    );
  }
  if (worst === 'warning') {
    return (
      <span className="flex items-center gap-0.5 text-[11px] text-amber-700 dark:text-amber-300">
        <WarningIcon /> warnings
      </span>
    );
  }
  return null;
}
