import { useState } from 'react';
import type { PeeringConnection } from '../../model/types.ts';
import { renamePeering, selectVpc, setPeeringStatus, useStore } from '../../store/index.ts';
import { nameAndId, selectPeering } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';

const STATUSES: readonly PeeringConnection['status'][] = [
  'active',
  'pending-acceptance',
  'initiating-request',
  'provisioning',
  'rejected',
  'failed',
  'expired',
  'deleting',
  'deleted',
];

export default function PeeringInspector({ id }: { readonly id: string }) {
  const pcx = useStore((s) => selectPeering(s, id));
  const requester = useStore((s) => selectVpc(s, pcx?.requesterVpcId ?? ''));
  const accepter = useStore((s) => selectVpc(s, pcx?.accepterVpcId ?? ''));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!pcx) return <Missing id={id} />;
  return (
    <div data-testid="inspector.peering">
      <Header
        kind="Peering connection"
        id={id}
        badges={<Badge tone={pcx.status === 'active' ? 'good' : 'warn'}>{pcx.status}</Badge>}
      />
      <Section title="General">
        <TextField
          label="Name"
          value={pcx.name}
          commit={(t) => renamePeering(id, t)}
          testId="inspector.field.name"
        />
        <SelectField
          label="Status"
          value={pcx.status}
          testId="inspector.field.status"
          onChange={(v) => {
            const status = STATUSES.find((x) => x === v);
            if (status) setRefusal(setPeeringStatus(id, status));
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <Refusal text={refusal} />
        <div className="grid grid-cols-2 gap-2">
          <ReadOnly label="Requester VPC">{nameAndId(requester, pcx.requesterVpcId)}</ReadOnly>
          <ReadOnly label="Accepter VPC">{nameAndId(accepter, pcx.accepterVpcId)}</ReadOnly>
        </div>
      </Section>
    </div>
  );
}
