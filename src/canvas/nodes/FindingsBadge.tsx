import { memo } from 'react';
import { useStore } from '../../store/index.ts';
import { ErrorIcon, WarningIcon } from '../icons.tsx';
import { findingsOn } from '../selectors.ts';

/**
 * What `validate` found about this resource: a count, red with a cross for errors, amber with a
 * triangle for warnings only (never colour alone), and the messages in its title.
 */
function FindingsBadge({
  id,
  className = '',
}: {
  readonly id: string;
  readonly className?: string;
}) {
  const findings = useStore((s) => findingsOn(s, id));
  if (findings.length === 0) return null;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const kind = errors > 0 ? 'error' : 'warning';
  const words =
    errors > 0
      ? `${errors} error${errors === 1 ? '' : 's'}` +
        (findings.length > errors
          ? `, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}`
          : '')
      : `${findings.length} warning${findings.length === 1 ? '' : 's'}`;
  const title = `${words}:\n${findings.map((f) => `• ${f.message}`).join('\n')}`;
  return (
    <span
      data-testid={`canvas.findings.${id}`}
      data-severity={kind}
      title={title}
      aria-label={title}
      role="img"
      className={`inline-flex shrink-0 items-center gap-0.5 rounded-full px-1.5 py-0.5 text-xs leading-none font-semibold shadow-sm ${
        kind === 'error'
          ? 'bg-red-600 text-white dark:bg-red-500'
          : 'bg-amber-400 text-amber-950 dark:bg-amber-300'
      } ${className}`}
    >
      {kind === 'error' ? (
        <ErrorIcon width={12} height={12} />
      ) : (
        <WarningIcon width={12} height={12} />
      )}
      {findings.length}
    </span>
  );
}

export default memo(FindingsBadge);
