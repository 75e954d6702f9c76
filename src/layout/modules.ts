import type { Scenario } from '../model/types.ts';

/** `module.app.module.net.aws_vpc.this[0]` → `module.app.module.net`; the root module is `''`. */
export function moduleOf(address: string): string {
  const found = /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)/.exec(address);
  return (found?.[1] ?? '').replace(/\.$/, '');
}

/**
 * VPCs of a scenario imported from Terraform grouped by the module that declares them (the root
 * module first, then modules by address), each group in the order given (peered VPCs side by
 * side), so the VPCs of one module are packed next to each other. Others keep their order.
 */
export function groupByModule<T extends { readonly id: string }>(
  scenario: Scenario,
  vpcs: readonly T[],
): T[] {
  const addresses = scenario.terraform?.addresses;
  if (addresses === undefined) return [...vpcs];
  const moduleOfVpc = (v: T) => {
    const address = addresses[v.id];
    return address === undefined ? '' : moduleOf(address);
  };
  const order = [...new Set(vpcs.map(moduleOfVpc))].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );
  return order.flatMap((m) => vpcs.filter((v) => moduleOfVpc(v) === m));
}
