import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { InterfaceKind } from '../../model/types.ts';
import {
  attachInterfaceGroup,
  detachInterfaceGroup,
  editInterface,
  select,
  selectNetworkInterface,
  selectSubnet,
  setInterfaceInstance,
  setInterfaceKind,
  useStore,
} from '../../store/index.ts';
import { vpcIdOf } from '../scope.ts';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import { InstanceOption } from '../ui/Options.tsx';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';
import { buttonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import GroupsSection from './GroupsSection.tsx';
import Header, { Missing } from './Header.tsx';
import InterfacePublicIp from './InterfacePublicIp.tsx';
import SecondaryAddresses from './SecondaryAddresses.tsx';

/** What a network interface belongs to, in AWS's words (the kinds one can pick by hand). */
const KIND_LABELS: Readonly<Record<InterfaceKind, string>> = {
  instance: 'An instance (attached)',
  rds: 'RDS database',
  'load-balancer': 'Load balancer',
  lambda: 'Lambda function',
  'interface-endpoint': 'Interface endpoint',
  'nat-gateway': 'NAT gateway',
  'transit-gateway-attachment': 'Transit gateway attachment',
  other: 'Other (yours)',
};

const PICKABLE: readonly InterfaceKind[] = ['other', 'rds', 'load-balancer', 'lambda'];
const NO_INSTANCE = '';
const NONE: readonly string[] = [];

/**
 * A network interface: what it belongs to, where it is, its addresses (primary, secondary, the
 * Elastic IP on each), its groups against the quota, and the instance it is attached to.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
 */
export default function InterfaceInspector({ id }: { readonly id: string }) {
  const eni = useStore((s) => selectNetworkInterface(s, id));
  const subnet = useStore((s) => selectSubnet(s, eni?.subnetId ?? ''));
  const vpcId = useStore((s) => vpcIdOf(s.scenario, id));
  const endpointId = useStore(
    (s) => s.scenario.vpcEndpoints.find((e) => e.networkInterfaceIds.includes(id))?.id,
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!eni) return <Missing id={id} />;
  const managed = endpointId !== undefined;
  return (
    <div data-testid="inspector.networkInterface">
      <Header
        kind="Network interface"
        id={id}
        badges={<Badge tone="info">{KIND_LABELS[eni.kind]}</Badge>}
      />
      <Section title="General">
        <TextField
          label="Name"
          value={eni.name}
          commit={(t) => editInterface(id, 'name', t)}
          testId="inspector.field.name"
        />
        <TextField
          label="Description"
          value={eni.description ?? ''}
          placeholder="none"
          commit={(t) => editInterface(id, 'description', t)}
          testId="inspector.field.description"
        />
        {managed || !PICKABLE.includes(eni.kind) ? (
          <ReadOnly label="Belongs to" testId="inspector.field.kind">
            {KIND_LABELS[eni.kind]}
          </ReadOnly>
        ) : (
          <SelectField
            label="Belongs to"
            value={eni.kind}
            testId="inspector.field.kind"
            onChange={(v) => {
              const kind = PICKABLE.find((k) => k === v);
              if (kind) setRefusal(setInterfaceKind(id, kind));
            }}
          >
            {PICKABLE.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        )}
        <div className="grid grid-cols-2 gap-2">
          <ReadOnly
            label="Subnet"
            testId="inspector.field.subnet"
            title={nameAndId(subnet, eni.subnetId)}
          >
            {nameAndId(subnet, eni.subnetId)}
          </ReadOnly>
          <ReadOnly label="Availability zone" testId="inspector.field.availabilityZone">
            {subnet?.availabilityZone ?? '—'}
          </ReadOnly>
        </div>
        {managed && (
          <div className="flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
            <span className="flex-1">AWS made this interface for endpoint {endpointId}.</span>
            <button
              type="button"
              className={buttonClass}
              data-testid="inspector.open-endpoint"
              onClick={() => select([endpointId])}
            >
              Open the endpoint
            </button>
          </div>
        )}
        <Refusal text={refusal} />
      </Section>
      {!managed && eni.kind !== 'rds' && eni.kind !== 'lambda' && eni.kind !== 'load-balancer' && (
        <Attachment id={id} />
      )}
      <Section title="Addresses">
        <TextField
          label="Primary private IPv4 address"
          value={eni.privateIp ?? ''}
          mono
          commit={(t) => editInterface(id, 'privateIp', t)}
          testId="inspector.field.privateIp"
          findingsOf={{ resourceId: id, field: 'privateIp' }}
        />
        <InterfacePublicIp id={id} />
        {eni.ipv6Addresses.length > 0 && (
          <ReadOnly label="IPv6 addresses" testId="inspector.field.ipv6Addresses">
            <span className="font-mono">{eni.ipv6Addresses.join(', ')}</span>
          </ReadOnly>
        )}
      </Section>
      <SecondaryAddresses ownerId={id} />
      <GroupsSection
        ownerId={id}
        attached={eni.securityGroupIds.length === 0 ? NONE : eni.securityGroupIds}
        vpcId={vpcId}
        note={
          managed ? `The endpoint’s groups: a change here is made on ${endpointId}.` : undefined
        }
        attach={(g) => attachInterfaceGroup(id, g)}
        detach={(g) => detachInterfaceGroup(id, g)}
      />
    </div>
  );
}

/** The instance this interface is attached to (one of its own zone), and as which device. */
function Attachment({ id }: { readonly id: string }) {
  const attachment = useStore((s) => selectNetworkInterface(s, id)?.attachment);
  const instanceIds = useStore(
    useShallow((s) => {
      const zone = s.scenario.subnets.find(
        (n) => n.id === selectNetworkInterface(s, id)?.subnetId,
      )?.availabilityZone;
      return s.scenario.instances
        .filter(
          (i) => s.scenario.subnets.find((n) => n.id === i.subnetId)?.availabilityZone === zone,
        )
        .map((i) => i.id);
    }),
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <Section
      title="Attachment"
      actions={
        attachment && (
          <span
            className="text-xs text-slate-600 dark:text-slate-300"
            data-testid="inspector.device"
          >
            eth{attachment.deviceIndex}
          </span>
        )
      }
    >
      <SelectField
        label="Attached to instance (same zone)"
        value={attachment?.instanceId ?? NO_INSTANCE}
        testId="inspector.field.instance"
        onChange={(v) => setRefusal(setInterfaceInstance(id, v === NO_INSTANCE ? null : v))}
      >
        <option value={NO_INSTANCE}>Not attached</option>
        {instanceIds.map((i) => (
          <InstanceOption key={i} id={i} />
        ))}
      </SelectField>
      <Refusal text={refusal} />
    </Section>
  );
}
