import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  renameGateway,
  selectInternetGateway,
  setGatewayVpc,
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

export default function InternetGatewayInspector({ id }: { readonly id: string }) {
  const igw = useStore((s) => selectInternetGateway(s, id));
  const vpcIds = useStore(useShallow((s) => s.scenario.vpcs.map((v) => v.id)));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!igw) return <Missing id={id} />;
  return (
    <div data-testid="inspector.internetGateway">
      <Header
        kind="Internet gateway"
        id={id}
        badges={
          <Badge tone={igw.vpcId ? 'good' : 'warn'}>{igw.vpcId ? 'attached' : 'detached'}</Badge>
        }
      />
      <Section title="General">
        <TextField
          label="Name"
          value={igw.name}
          commit={(t) => renameGateway(id, t)}
          testId="inspector.field.name"
        />
        <SelectField
          label="Attached to VPC"
          value={igw.vpcId ?? DETACHED}
          testId="inspector.field.vpc"
          onChange={(v) => setRefusal(setGatewayVpc(id, v === DETACHED ? null : v))}
        >
          <option value={DETACHED}>Detached</option>
          {vpcIds.map((v) => (
            <VpcOption key={v} id={v} />
          ))}
        </SelectField>
        <Refusal text={refusal} />
      </Section>
    </div>
  );
}
