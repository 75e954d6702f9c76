import { useState } from 'react';
import type { NatGateway } from '../../model/types.ts';
import {
  editNatGateway,
  selectNatGateway,
  setNatGatewayState,
  selectSubnet,
  useStore,
} from '../../store/index.ts';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';

const STATES: readonly NatGateway['state'][] = [
  'pending',
  'available',
  'failed',
  'deleting',
  'deleted',
];

export default function NatGatewayInspector({ id }: { readonly id: string }) {
  const nat = useStore((s) => selectNatGateway(s, id));
  const subnet = useStore((s) => selectSubnet(s, nat?.subnetId ?? ''));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!nat) return <Missing id={id} />;
  return (
    <div data-testid="inspector.natGateway">
      <Header
        kind="NAT gateway"
        id={id}
        badges={<Badge tone={nat.state === 'available' ? 'good' : 'warn'}>{nat.state}</Badge>}
      />
      <Section title="General">
        <TextField
          label="Name"
          value={nat.name}
          commit={(t) => editNatGateway(id, 'name', t)}
          testId="inspector.field.name"
        />
        <SelectField
          label="State"
          value={nat.state}
          testId="inspector.field.state"
          onChange={(v) => {
            const state = STATES.find((x) => x === v);
            if (state) setRefusal(setNatGatewayState(id, state));
          }}
        >
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <ReadOnly label="Subnet" testId="inspector.field.subnet">
          {nameAndId(subnet, nat.subnetId)}
        </ReadOnly>
        <Refusal text={refusal} />
      </Section>
      <Section title="Addresses">
        <TextField
          label="Private IPv4 address"
          value={nat.privateIp ?? ''}
          mono
          placeholder="none"
          commit={(t) => editNatGateway(id, 'privateIp', t)}
          testId="inspector.field.privateIp"
          findingsOf={{ resourceId: id, field: 'privateIp' }}
        />
        <TextField
          label="Public IPv4 address (Elastic IP)"
          value={nat.publicIp ?? ''}
          mono
          placeholder="none"
          commit={(t) => editNatGateway(id, 'publicIp', t)}
          testId="inspector.field.publicIp"
          findingsOf={{ resourceId: id, field: 'publicIp' }}
        />
      </Section>
    </div>
  );
}
