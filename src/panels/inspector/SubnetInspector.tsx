import { useState } from 'react';
import { isPublicSubnet } from '../../model/edit.ts';
import { editSubnet, selectSubnet, selectVpc, useStore } from '../../store/index.ts';
import { nameAndId } from '../selectors.ts';
import ReadOnly from '../ui/ReadOnly.tsx';
import Badge from '../ui/Badge.tsx';
import Section from '../ui/Section.tsx';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';
import SubnetAssociations from './SubnetAssociations.tsx';

export default function SubnetInspector({ id }: { readonly id: string }) {
  const subnet = useStore((s) => selectSubnet(s, id));
  const isPublic = useStore((s) => isPublicSubnet(s.scenario, id));
  const vpcLabel = useStore((s) => {
    const vpcId = selectSubnet(s, id)?.vpcId ?? '';
    return nameAndId(selectVpc(s, vpcId), vpcId);
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!subnet) return <Missing id={id} />;
  return (
    <div data-testid="inspector.subnet">
      <Header
        kind="Subnet"
        id={id}
        badges={
          <Badge tone={isPublic ? 'info' : 'neutral'} testId="inspector.subnet-type">
            {isPublic ? 'public' : 'private'}
          </Badge>
        }
      />
      <Section title="General">
        <TextField
          label="Name"
          value={subnet.name}
          commit={(t) => editSubnet(id, 'name', t)}
          testId="inspector.field.name"
        />
        <TextField
          label="Availability zone"
          value={subnet.availabilityZone}
          commit={(t) => editSubnet(id, 'availabilityZone', t)}
          testId="inspector.field.availabilityZone"
        />
        <ReadOnly label="VPC" testId="inspector.field.vpc">
          {vpcLabel}
        </ReadOnly>
      </Section>
      <Section title="CIDR blocks">
        <TextField
          label="IPv4 CIDR"
          value={subnet.cidrBlock}
          mono
          commit={(t) => editSubnet(id, 'cidrBlock', t)}
          testId="inspector.field.cidrBlock"
          findingsOf={{ resourceId: id, field: 'cidrBlock' }}
        />
        <TextField
          label="IPv6 CIDR"
          value={subnet.ipv6CidrBlock ?? ''}
          mono
          placeholder="none (a /64 of the VPC's block)"
          commit={(t) => editSubnet(id, 'ipv6CidrBlock', t)}
          testId="inspector.field.ipv6CidrBlock"
          findingsOf={{ resourceId: id, field: 'ipv6CidrBlock' }}
        />
      </Section>
      <SubnetAssociations
        subnetId={id}
        vpcId={subnet.vpcId}
        onRefusal={setRefusal}
        refusal={refusal}
      />
    </div>
  );
}
