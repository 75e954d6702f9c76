import type { Decided } from './highlight.ts';

const TAG_WORDS = {
  allow: { icon: '✓', text: 'decided: allowed the packet' },
  deny: { icon: '✗', text: 'decided: denied the packet' },
} as const;

/**
 * The words beside a highlighted row. For a security group, which has no deny rules, `groupDenied`
 * says that no rule of the group allowed it.
 */
export default function DecidingTag({
  verdict,
  groupDenied = false,
}: {
  readonly verdict: Decided;
  readonly groupDenied?: boolean;
}) {
  if (verdict === null) return null;
  const words = TAG_WORDS[verdict];
  return (
    <span
      data-testid="deciding-tag"
      className={`inline-flex items-center gap-1 rounded px-1 font-sans text-[11px] font-semibold ${
        verdict === 'deny'
          ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200'
          : 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200'
      }`}
    >
      <span aria-hidden="true">{words.icon}</span>
      {groupDenied && verdict === 'deny' ? 'no rule allowed it' : words.text}
    </span>
  );
}
