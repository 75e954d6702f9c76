import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  attachVpcToTransitGateway,
  createTransitGatewayRouteTable,
  renameTransitGateway,
  selectTransitGateway,
  selectTransitGatewayRouteTable,
  setTransitGatewayReferencing,
  useStore,
} from '../../store/index.ts';
import Header, { Missing } from '../inspector/Header.tsx';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import CheckboxField from '../ui/CheckboxField.tsx';
import CreateForm from '../ui/CreateForm.tsx';
import { PlusIcon } from '../ui/icons.tsx';
import { VpcOption } from '../ui/Options.tsx';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass, selectClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import AttachmentCard from './AttachmentCard.tsx';
import TransitRouteTableCard from './TransitRouteTableCard.tsx';

/**
 * A transit gateway: its name and group referencing, its VPC attachments (subnets per zone,
 * association), and its route tables (associations, propagations, static and blackhole routes).
 * Selecting an attachment (its edge) or a route table opens it here.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-transit-gateways.html
 */
export default function TransitGatewayInspector({
  id,
  focus,
}: {
  readonly id: string;
  /** An attachment or route table to open. */
  readonly focus?: string;
}) {
  const tgw = useStore((s) => selectTransitGateway(s, id));
  const defaultTable = useStore((s) =>
    selectTransitGatewayRouteTable(
      s,
      selectTransitGateway(s, id)?.associationDefaultRouteTableId ?? '',
    ),
  );
  const attachmentIds = useStore(
    useShallow((s) =>
      s.scenario.transitGatewayAttachments
        .filter((a) => a.transitGatewayId === id)
        .map((a) => a.id),
    ),
  );
  const tableIds = useStore(
    useShallow((s) =>
      s.scenario.transitGatewayRouteTables
        .filter((t) => t.transitGatewayId === id)
        .map((t) => t.id),
    ),
  );
  const [open, setOpen] = useState<string | null>(focus ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!tgw) return <Missing id={id} />;
  const toggle = (which: string) => setOpen((o) => (o === which ? null : which));
  return (
    <div data-testid="inspector.transitGateway">
      <Header
        kind="Transit gateway"
        id={id}
        badges={<Badge tone={tgw.state === 'available' ? 'good' : 'warn'}>{tgw.state}</Badge>}
      />
      <Section title="General">
        <TextField
          label="Name"
          value={tgw.name}
          commit={(t) => renameTransitGateway(id, t)}
          testId="inspector.field.name"
        />
        <CheckboxField
          label="Security group referencing support"
          checked={tgw.securityGroupReferencingSupport}
          testId="inspector.field.referencing"
          hint="With it (and on both VPC attachments), an inbound rule may name a group of the other VPC."
          onChange={(on) => setRefusal(setTransitGatewayReferencing(id, on))}
        />
        <ReadOnly label="New attachments associate with and propagate to">
          {defaultTable ? nameAndId(defaultTable, defaultTable.id) : 'no default route table'}
        </ReadOnly>
        <Refusal text={refusal} />
      </Section>
      <Section title="VPC attachments">
        <ul className="space-y-1.5" aria-label="VPC attachments">
          {attachmentIds.map((a) => (
            <AttachmentCard key={a} id={a} open={open === a} onToggle={() => toggle(a)} />
          ))}
        </ul>
        <AttachVpc tgwId={id} />
      </Section>
      <Section title="Route tables">
        <ul className="space-y-1.5" aria-label="Transit gateway route tables">
          {tableIds.map((t) => (
            <TransitRouteTableCard key={t} id={t} open={open === t} onToggle={() => toggle(t)} />
          ))}
        </ul>
        <div className="-mx-2">
          <CreateForm
            what="route table"
            testId="tgw.table.create"
            placeholder="new table name, e.g. spokes"
            onCreate={(name) => {
              const result = createTransitGatewayRouteTable(id, name);
              if ('id' in result) setOpen(result.id);
              return 'error' in result ? result.error : null;
            }}
          />
        </div>
      </Section>
    </div>
  );
}

/** Attaches a VPC not yet attached: one subnet per zone, picked for it (changed on its card). */
function AttachVpc({ tgwId }: { readonly tgwId: string }) {
  const vpcIds = useStore(
    useShallow((s) => {
      const attached = new Set(
        s.scenario.transitGatewayAttachments
          .filter((a) => a.transitGatewayId === tgwId)
          .map((a) => a.vpcId),
      );
      return s.scenario.vpcs.filter((v) => !attached.has(v.id)).map((v) => v.id);
    }),
  );
  const [choice, setChoice] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const picked = vpcIds.includes(choice) ? choice : (vpcIds[0] ?? '');
  if (vpcIds.length === 0)
    return <p className="text-xs text-slate-500 dark:text-slate-400">Every VPC is attached.</p>;
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked !== '') setRefusal(attachVpcToTransitGateway(tgwId, picked));
      }}
    >
      <div className="flex gap-1">
        <label htmlFor={`attach-vpc-${tgwId}`} className="sr-only">
          VPC to attach
        </label>
        <select
          id={`attach-vpc-${tgwId}`}
          data-testid="tgw.attach.vpc"
          className={selectClass}
          value={picked}
          onChange={(e) => setChoice(e.target.value)}
        >
          {vpcIds.map((v) => (
            <VpcOption key={v} id={v} />
          ))}
        </select>
        <button type="submit" className={`${buttonClass} shrink-0`} data-testid="tgw.attach">
          <PlusIcon /> Attach VPC
        </button>
      </div>
      <Refusal text={refusal} testId="tgw.attach.refusal" />
    </form>
  );
}
