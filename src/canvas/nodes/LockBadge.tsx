import { memo } from 'react';
import { selectLockedForStudents, selectLockReason, useStore } from '../../store/index.ts';
import { LockIcon } from '../../ui/Icon.tsx';

/**
 * A padlock on a node the challenge locks: for a student, with the reason as its name (the
 * panels disable its fields under the same words); for the author, as a reminder of what
 * students may not change.
 */
function LockBadge({ id }: { readonly id: string }) {
  const reason = useStore(
    (s) =>
      selectLockReason(s, id) ??
      (selectLockedForStudents(s, id) ? 'Locked for students by the challenge.' : null),
  );
  if (reason === null) return null;
  return (
    <span
      data-testid={`canvas.lock.${id}`}
      className="absolute -top-2.5 -left-2.5 z-10 rounded-full border border-amber-600 bg-amber-50 p-0.5 text-amber-800 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200"
    >
      <LockIcon width={14} height={14} title={reason} />
    </span>
  );
}

export default memo(LockBadge);
