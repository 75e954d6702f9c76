import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  associateAttachment,
  detachTransitGatewayAttachment,
  selectLockReason,
  selectTransitGatewayAttachment,
  selectVpc,
  setAttachmentReferencing,
  setAttachmentZoneSubnet,
  useStore,
} from '../../store/index.ts';
import ResourceCard from '../../ui/ResourceCard.tsx';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import CheckboxField from '../ui/CheckboxField.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { SubnetOption, TransitTableOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import SelectField from '../ui/SelectField.tsx';
import { buttonClass } from '../ui/styles.ts';

const NONE = '';

/**
 * One VPC attachment: its subnet in each zone of the VPC (where the transit gateway's interfaces
 * sit; resources of a zone without one cannot reach the transit gateway), its route table
 * association, group referencing, and detaching.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
 */
export default function AttachmentCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const a = useStore((s) => selectTransitGatewayAttachment(s, id));
  const vpc = useStore((s) => selectVpc(s, a?.vpcId ?? ''));
  const lock = useStore((s) => selectLockReason(s, id));
  const zones = useStore(
    useShallow((s) => {
      const vpcId = selectTransitGatewayAttachment(s, id)?.vpcId;
      const all = s.scenario.subnets
        .filter((n) => n.vpcId === vpcId)
        .map((n) => n.availabilityZone);
      return [...new Set(all)].sort();
    }),
  );
  const tableIds = useStore(
    useShallow((s) => {
      const tgwId = selectTransitGatewayAttachment(s, id)?.transitGatewayId;
      return s.scenario.transitGatewayRouteTables
        .filter((t) => t.transitGatewayId === tgwId)
        .map((t) => t.id);
    }),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!a) return null;
  const say = (r: string | null) => setRefusal(r);
  return (
    <ResourceCard
      testId={`tgw.attachment.${id}`}
      id={id}
      title={vpc ? `${vpc.name || vpc.id}` : (a.vpcId ?? a.resourceType)}
      open={open}
      onToggle={onToggle}
      lock={lock}
      badges={
        <>
          {a.state !== 'available' && <Badge tone="warn">{a.state}</Badge>}
          <Badge>
            {a.subnetIds.length} subnet{a.subnetIds.length === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      {a.resourceType !== 'vpc' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          A {a.resourceType} attachment ({a.resourceId ?? 'unknown resource'}): kept, not modelled.
        </p>
      ) : (
        <>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {nameAndId(a, id)}. One subnet per Availability Zone:
          </p>
          {zones.map((zone) => (
            <ZoneSubnet key={zone} attachmentId={id} zone={zone} onRefusal={say} />
          ))}
          <CheckboxField
            label="Security group referencing support"
            checked={a.securityGroupReferencingSupport}
            testId={`tgw.attachment.${id}.referencing`}
            onChange={(on) => say(setAttachmentReferencing(id, on))}
          />
        </>
      )}
      <SelectField
        label="Associated route table"
        value={a.associatedRouteTableId ?? NONE}
        testId={`tgw.attachment.${id}.association`}
        onChange={(v) => say(associateAttachment(id, v === NONE ? null : v))}
      >
        <option value={NONE}>None (its traffic is not routed)</option>
        {tableIds.map((t) => (
          <TransitTableOption key={t} id={t} />
        ))}
      </SelectField>
      <button
        type="button"
        className={buttonClass}
        data-testid={`tgw.attachment.${id}.detach`}
        onClick={() => say(detachTransitGatewayAttachment(id))}
      >
        <TrashIcon /> Detach VPC
      </button>
      <Refusal text={refusal} testId={`tgw.attachment.${id}.refusal`} />
    </ResourceCard>
  );
}

function ZoneSubnet({
  attachmentId,
  zone,
  onRefusal,
}: {
  readonly attachmentId: string;
  readonly zone: string;
  readonly onRefusal: (refusal: string | null) => void;
}) {
  const subnetIds = useStore(
    useShallow((s) => {
      const vpcId = selectTransitGatewayAttachment(s, attachmentId)?.vpcId;
      return s.scenario.subnets
        .filter((n) => n.vpcId === vpcId && n.availabilityZone === zone)
        .map((n) => n.id);
    }),
  );
  const chosen = useStore(
    (s) =>
      selectTransitGatewayAttachment(s, attachmentId)?.subnetIds.find((id) =>
        subnetIds.includes(id),
      ) ?? NONE,
  );
  return (
    <SelectField
      label={zone}
      value={chosen}
      testId={`tgw.attachment.${attachmentId}.zone.${zone}`}
      onChange={(v) =>
        onRefusal(setAttachmentZoneSubnet(attachmentId, zone, v === NONE ? null : v))
      }
    >
      <option value={NONE}>No subnet in {zone}</option>
      {subnetIds.map((id) => (
        <SubnetOption key={id} id={id} />
      ))}
    </SelectField>
  );
}
