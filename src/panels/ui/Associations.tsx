import { useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Subnet } from '../../model/types.ts';
import { selectSubnet, useStore, type Refusal as RefusalText } from '../../store/index.ts';
import {
  nameAndId,
  selectNetworkAcl,
  selectRouteTable,
  selectSubnetIdsOfVpc,
} from '../selectors.ts';
import Refusal from './Refusal.tsx';
import Section from './Section.tsx';
import SelectField from './SelectField.tsx';

const IMPLICIT = '';

/**
 * Which ACL (or route table) each subnet of a VPC uses: one select per subnet. "Implicit" is the
 * VPC's default ACL (or main table), used by a subnet without an explicit association.
 */
export default function Associations({
  vpcId,
  testId,
  title,
  what,
  pick,
  implicitLabel,
  implicitId,
  kind,
  onPick,
  options,
}: {
  readonly vpcId: string;
  readonly testId: string;
  readonly title: string;
  readonly what: string;
  readonly pick: (subnet: Subnet) => string | undefined;
  readonly implicitLabel: (label: string) => string;
  readonly implicitId: string | undefined;
  readonly kind: 'acl' | 'table';
  readonly onPick: (subnetId: string, id: string | null) => RefusalText;
  readonly options: ReactNode;
}) {
  const subnetIds = useStore(useShallow((s) => selectSubnetIdsOfVpc(s, vpcId)));
  const implicit = useStore((s) => {
    if (implicitId === undefined) return 'none';
    const found =
      kind === 'acl' ? selectNetworkAcl(s, implicitId) : selectRouteTable(s, implicitId);
    return nameAndId(found, implicitId);
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Section title={title}>
      {subnetIds.length === 0 && (
        <p className="text-xs text-slate-500 dark:text-slate-400">This VPC has no subnets yet.</p>
      )}
      {subnetIds.map((subnetId) => (
        <SubnetRow
          key={subnetId}
          subnetId={subnetId}
          testId={`${testId}.${subnetId}`}
          what={what}
          pick={pick}
          onChange={(id) => setRefusal(onPick(subnetId, id === IMPLICIT ? null : id))}
        >
          <option value={IMPLICIT}>{implicitLabel(implicit)}</option>
          {options}
        </SubnetRow>
      ))}
      <Refusal text={refusal} />
    </Section>
  );
}

function SubnetRow({
  subnetId,
  testId,
  what,
  pick,
  onChange,
  children,
}: {
  readonly subnetId: string;
  readonly testId: string;
  readonly what: string;
  readonly pick: (subnet: Subnet) => string | undefined;
  readonly onChange: (id: string) => void;
  readonly children: ReactNode;
}) {
  const subnet = useStore((s) => selectSubnet(s, subnetId));
  if (!subnet) return null;
  const label = nameAndId(subnet, subnetId);
  return (
    <div>
      <div className="mb-0.5 flex items-baseline gap-1.5 text-xs" title={label}>
        <span className="font-medium text-slate-700 dark:text-slate-200">
          {subnet.name || subnetId}
        </span>
        <span className="font-mono text-[11px] text-slate-500 dark:text-slate-400">
          {subnet.cidrBlock}
        </span>
      </div>
      <SelectField
        label={`${what} of subnet ${label}`}
        compact
        value={pick(subnet) ?? IMPLICIT}
        testId={testId}
        onChange={onChange}
      >
        {children}
      </SelectField>
    </div>
  );
}
