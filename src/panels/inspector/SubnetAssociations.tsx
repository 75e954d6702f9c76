import { useShallow } from 'zustand/react/shallow';
import {
  associateSubnetAcl,
  associateSubnetRouteTable,
  selectSubnet,
  useStore,
} from '../../store/index.ts';
import {
  nameAndId,
  selectAclIdsOfVpc,
  selectDefaultAclId,
  selectMainTableId,
  selectNetworkAcl,
  selectRouteTable,
  selectTableIdsOfVpc,
} from '../selectors.ts';
import { AclOption, TableOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';

const IMPLICIT = '';

/**
 * A subnet's network ACL and route table. Without an explicit association a subnet uses its
 * VPC's default ACL and main table ("implicit"); picking one associates it explicitly.
 */
export default function SubnetAssociations({
  subnetId,
  vpcId,
  refusal,
  onRefusal,
}: {
  readonly subnetId: string;
  readonly vpcId: string;
  readonly refusal: string | null;
  readonly onRefusal: (text: string | null) => void;
}) {
  const aclId = useStore((s) => selectSubnet(s, subnetId)?.networkAclId ?? IMPLICIT);
  const rtbId = useStore((s) => selectSubnet(s, subnetId)?.routeTableId ?? IMPLICIT);
  const aclIds = useStore(useShallow((s) => selectAclIdsOfVpc(s, vpcId)));
  const tableIds = useStore(useShallow((s) => selectTableIdsOfVpc(s, vpcId)));
  const defaultAcl = useStore((s) => {
    const id = selectDefaultAclId(s, vpcId);
    return id === undefined ? 'none' : nameAndId(selectNetworkAcl(s, id), id);
  });
  const mainTable = useStore((s) => {
    const id = selectMainTableId(s, vpcId);
    return id === undefined ? 'none' : nameAndId(selectRouteTable(s, id), id);
  });
  return (
    <Section title="Associations">
      <SelectField
        label="Network ACL"
        value={aclId}
        testId="inspector.field.networkAcl"
        onChange={(v) => onRefusal(associateSubnetAcl(subnetId, v === IMPLICIT ? null : v))}
        findingsOf={{ resourceId: subnetId, field: 'networkAclId' }}
      >
        <option value={IMPLICIT}>VPC default: {defaultAcl} · implicit</option>
        {aclIds.map((id) => (
          <AclOption key={id} id={id} />
        ))}
      </SelectField>
      <SelectField
        label="Route table"
        value={rtbId}
        testId="inspector.field.routeTable"
        onChange={(v) => onRefusal(associateSubnetRouteTable(subnetId, v === IMPLICIT ? null : v))}
        findingsOf={{ resourceId: subnetId, field: 'routeTableId' }}
      >
        <option value={IMPLICIT}>Main table: {mainTable} · implicit</option>
        {tableIds.map((id) => (
          <TableOption key={id} id={id} />
        ))}
      </SelectField>
      <Refusal text={refusal} testId="inspector.refusal" />
    </Section>
  );
}
