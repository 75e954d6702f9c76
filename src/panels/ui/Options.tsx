import {
  selectNetworkAcl,
  selectRouteTable,
  selectSecurityGroup,
  nameAndId,
} from '../selectors.ts';
import { useStore } from '../../store/index.ts';

/* <option>s that select their own resource by ID, so lists of options subscribe to IDs only. */

export function GroupOption({
  id,
  suffix = '',
}: {
  readonly id: string;
  readonly suffix?: string;
}) {
  const group = useStore((s) => selectSecurityGroup(s, id));
  return (
    <option value={id}>
      {nameAndId(group, id)}
      {group?.isDefault ? ' · default' : ''}
      {suffix}
    </option>
  );
}

export function AclOption({ id }: { readonly id: string }) {
  const acl = useStore((s) => selectNetworkAcl(s, id));
  return (
    <option value={id}>
      {nameAndId(acl, id)}
      {acl?.isDefault ? ' · default' : ''}
    </option>
  );
}

export function TableOption({ id }: { readonly id: string }) {
  const table = useStore((s) => selectRouteTable(s, id));
  return (
    <option value={id}>
      {nameAndId(table, id)}
      {table?.main ? ' · main' : ''}
    </option>
  );
}
