import { moduleOf } from '../../layout/modules.ts';
import { useStore } from '../../store/index.ts';

function useAddress(id: string): string | undefined {
  return useStore((s) => s.scenario.terraform?.addresses[id]);
}

/**
 * The Terraform address a node was imported from (`module.app.aws_instance.api["a"]`), hung on
 * its bottom edge so the node keeps its size: the name a plan, a review and the CLI use.
 * `narrow` leaves room on the right for the instance's interface count.
 */
export function AddressChip({
  id,
  narrow = false,
}: {
  readonly id: string;
  readonly narrow?: boolean;
}) {
  const address = useAddress(id);
  if (address === undefined) return null;
  return (
    <span
      className={`absolute -bottom-3 left-2 ${narrow ? 'max-w-[calc(100%-5rem)]' : 'max-w-[calc(100%-1rem)]'} truncate rounded border border-violet-300 bg-violet-50 px-1 font-mono text-[10px] leading-4 text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100`}
      title={`Terraform address: ${address}`}
      data-testid={`canvas.address.${id}`}
    >
      {address}
    </span>
  );
}

/** The same, inline after a container's name (a VPC's, a subnet's). */
export function AddressInline({ id }: { readonly id: string }) {
  const address = useAddress(id);
  if (address === undefined) return null;
  return (
    <span
      className="ml-1.5 font-mono text-[11px] font-normal opacity-80"
      title={`Terraform address: ${address}`}
      data-testid={`canvas.address.${id}`}
    >
      {address}
    </span>
  );
}

/**
 * Above a VPC declared in a child module, the module's address (`module.network`): imported VPCs
 * are packed by module, and this says which group each belongs to.
 */
export function ModuleLabel({ id }: { readonly id: string }) {
  const address = useAddress(id);
  const module = address === undefined ? '' : moduleOf(address);
  if (module === '') return null;
  return (
    <span
      className="absolute -top-6 left-1 max-w-[calc(100%-0.5rem)] truncate rounded-t bg-violet-600 px-1.5 font-mono text-[11px] leading-5 text-white dark:bg-violet-500"
      title={`Declared in Terraform ${module}`}
      data-testid={`canvas.module.${id}`}
    >
      {module}
    </span>
  );
}
