import {
  selectNetworkAcl,
  selectRouteTable,
  selectSecurityGroup,
  nameAndId,
} from '../selectors.ts';
import {
  selectInstance,
  selectSubnet,
  selectTransitGatewayAttachment,
  selectTransitGatewayRouteTable,
  selectVpc,
  useStore,
} from '../../store/index.ts';

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

export function VpcOption({ id }: { readonly id: string }) {
  const vpc = useStore((s) => selectVpc(s, id));
  return <option value={id}>{nameAndId(vpc, id)}</option>;
}

export function SubnetOption({ id }: { readonly id: string }) {
  const subnet = useStore((s) => selectSubnet(s, id));
  return (
    <option value={id}>
      {nameAndId(subnet, id)}
      {subnet ? ` · ${subnet.cidrBlock}` : ''}
    </option>
  );
}

export function InstanceOption({ id }: { readonly id: string }) {
  const instance = useStore((s) => selectInstance(s, id));
  return <option value={id}>{nameAndId(instance, id)}</option>;
}

export function AttachmentOption({ id }: { readonly id: string }) {
  const a = useStore((s) => selectTransitGatewayAttachment(s, id));
  const vpc = useStore((s) => selectVpc(s, a?.vpcId ?? ''));
  return (
    <option value={id}>
      {nameAndId(a, id)}
      {vpc ? ` · ${vpc.name || vpc.id}` : ''}
    </option>
  );
}

export function TransitTableOption({ id }: { readonly id: string }) {
  const table = useStore((s) => selectTransitGatewayRouteTable(s, id));
  return <option value={id}>{nameAndId(table, id)}</option>;
}
