import { selectVpc, useStore } from '../../store/index.ts';

/** The VPC whose resources follow, as a sticky heading. */
export default function VpcHeading({ vpcId }: { readonly vpcId: string }) {
  const vpc = useStore((s) => selectVpc(s, vpcId));
  return (
    <h2 className="sticky top-0 z-10 flex items-baseline gap-2 border-b border-slate-200 bg-slate-50/95 px-3 py-1.5 text-xs font-semibold text-slate-700 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95 dark:text-slate-200">
      <span className="shrink-0">VPC {vpc?.name ?? ''}</span>
      <span className="min-w-0 truncate font-mono font-normal text-slate-500 dark:text-slate-400">
        {vpcId} · {vpc?.cidrBlocks.join(', ')}
      </span>
    </h2>
  );
}
