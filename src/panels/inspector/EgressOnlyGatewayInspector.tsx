import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  renameEgressOnlyGateway,
  selectEgressOnlyInternetGateway,
  setEgressOnlyGatewayVpc,
  useStore,
} from '../../store/index.ts';
import Badge from '../ui/Badge.tsx';
import { VpcOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';

const DETACHED = '';

/**
 * An egress-only internet gateway: IPv6 out to the internet and replies back, nothing started
 * from outside. Routes send `::/0` to it (Route tables tab).
 * https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
 */
export default function EgressOnlyGatewayInspector({ id }: { readonly id: string }) {
  const eigw = useStore((s) => selectEgressOnlyInternetGateway(s, id));
  const vpcIds = useStore(useShallow((s) => s.scenario.vpcs.map((v) => v.id)));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!eigw) return <Missing id={id} />;
  return (
    <div data-testid="inspector.egressOnlyInternetGateway">
      <Header
        kind="Egress-only internet gateway"
        id={id}
        badges={
          <Badge tone={eigw.vpcId ? 'good' : 'warn'}>{eigw.vpcId ? 'attached' : 'detached'}</Badge>
        }
      />
      <Section title="General">
        <TextField
          label="Name"
          value={eigw.name}
          commit={(t) => renameEgressOnlyGateway(id, t)}
          testId="inspector.field.name"
        />
        <SelectField
          label="Attached to VPC"
          value={eigw.vpcId ?? DETACHED}
          testId="inspector.field.vpc"
          onChange={(v) => setRefusal(setEgressOnlyGatewayVpc(id, v === DETACHED ? null : v))}
        >
          <option value={DETACHED}>Detached</option>
          {vpcIds.map((v) => (
            <VpcOption key={v} id={v} />
          ))}
        </SelectField>
        <Refusal text={refusal} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          IPv6 only: instances reach the internet through it and get the replies; nothing on the
          internet can start a connection in.
        </p>
      </Section>
    </div>
  );
}
