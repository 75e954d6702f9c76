import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { VpcEndpoint } from '../../model/types.ts';
import {
  attachEndpointGroup,
  detachEndpointGroup,
  editEndpoint,
  select,
  selectPrefixList,
  selectVpc,
  selectVpcEndpoint,
  setEndpointRouteTable,
  setEndpointSettings,
  useStore,
} from '../../store/index.ts';
import { nameAndId, selectRouteTable, selectTableIdsOfVpc } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import CheckboxField from '../ui/CheckboxField.tsx';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import GroupsSection from './GroupsSection.tsx';
import Header, { Missing } from './Header.tsx';

const STATES: readonly VpcEndpoint['state'][] = [
  'available',
  'pending',
  'pending-acceptance',
  'deleting',
  'deleted',
  'rejected',
  'failed',
  'expired',
];

const TYPE_WORDS: Readonly<Record<VpcEndpoint['type'], string>> = {
  gateway: 'Gateway endpoint',
  interface: 'Interface endpoint',
  'gateway-load-balancer': 'Gateway Load Balancer endpoint',
};

/**
 * A VPC endpoint: its service, state and policy; a gateway endpoint's route tables (AWS routes the
 * service's prefix list to it in each), an interface endpoint's subnets and groups.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
 * https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
 */
export default function VpcEndpointInspector({ id }: { readonly id: string }) {
  const endpoint = useStore((s) => selectVpcEndpoint(s, id));
  const vpc = useStore((s) => selectVpc(s, endpoint?.vpcId ?? ''));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!endpoint) return <Missing id={id} />;
  const available = endpoint.state === 'available';
  return (
    <div data-testid="inspector.vpcEndpoint">
      <Header
        kind={TYPE_WORDS[endpoint.type]}
        id={id}
        badges={<Badge tone={available ? 'good' : 'warn'}>{endpoint.state}</Badge>}
      />
      <Section title="General">
        <TextField
          label="Name"
          value={endpoint.name}
          commit={(t) => editEndpoint(id, t)}
          testId="inspector.field.name"
        />
        <ReadOnly label="Service" testId="inspector.field.service">
          <span className="font-mono">{endpoint.serviceName}</span>
        </ReadOnly>
        <ReadOnly label="VPC" testId="inspector.field.vpc">
          {nameAndId(vpc, endpoint.vpcId)}
        </ReadOnly>
        <SelectField
          label="State"
          value={endpoint.state}
          testId="inspector.field.state"
          onChange={(v) => {
            const state = STATES.find((x) => x === v);
            if (state) setRefusal(setEndpointSettings(id, { state }));
          }}
        >
          {STATES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          label="Default policy (full access)"
          checked={endpoint.policyIsDefault}
          testId="inspector.field.policyIsDefault"
          hint={
            endpoint.policyIsDefault
              ? undefined
              : 'Another policy is not modelled: flows through this endpoint carry a warning.'
          }
          onChange={(on) => setRefusal(setEndpointSettings(id, { policyIsDefault: on }))}
        />
        <Refusal text={refusal} />
      </Section>
      {endpoint.type === 'gateway' && <GatewayRouting id={id} />}
      {endpoint.type === 'interface' && <InterfaceEndpointParts id={id} />}
    </div>
  );
}

/** A gateway endpoint's route tables, one checkbox per table of its VPC, and its prefix list. */
function GatewayRouting({ id }: { readonly id: string }) {
  const endpoint = useStore((s) => selectVpcEndpoint(s, id));
  const tableIds = useStore(
    useShallow((s) => selectTableIdsOfVpc(s, selectVpcEndpoint(s, id)?.vpcId ?? '')),
  );
  const list = useStore((s) => selectPrefixList(s, endpoint?.prefixListId ?? ''));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!endpoint) return null;
  return (
    <Section title="Route tables">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        AWS adds a route from {list ? nameAndId(list, list.id) : 'the service’s prefix list'} to
        this endpoint in each table ticked; only subnets using one of them reach the service through
        it.
      </p>
      <ul className="space-y-1" aria-label="Route tables of the endpoint">
        {tableIds.map((t) => (
          <li key={t}>
            <TableCheckbox
              tableId={t}
              checked={endpoint.routeTableIds.includes(t)}
              onChange={(on) => setRefusal(setEndpointRouteTable(id, t, on))}
            />
          </li>
        ))}
      </ul>
      <Refusal text={refusal} testId="inspector.endpoint.refusal" />
    </Section>
  );
}

function TableCheckbox({
  tableId,
  checked,
  onChange,
}: {
  readonly tableId: string;
  readonly checked: boolean;
  readonly onChange: (on: boolean) => void;
}) {
  const table = useStore((s) => selectRouteTable(s, tableId));
  return (
    <CheckboxField
      label={`${nameAndId(table, tableId)}${table?.main ? ' · main' : ''}`}
      checked={checked}
      onChange={onChange}
      testId={`inspector.endpoint.table.${tableId}`}
    />
  );
}

/** An interface endpoint's subnets (one interface in each) and its groups. */
function InterfaceEndpointParts({ id }: { readonly id: string }) {
  const endpoint = useStore((s) => selectVpcEndpoint(s, id));
  const interfaces = useStore(
    useShallow((s) =>
      s.scenario.networkInterfaces
        .filter((e) => selectVpcEndpoint(s, id)?.networkInterfaceIds.includes(e.id))
        .map((e) => `${e.id}\t${e.subnetId}\t${e.privateIp ?? ''}`),
    ),
  );
  if (!endpoint) return null;
  return (
    <>
      <Section title="Subnets">
        <ul className="space-y-1" aria-label="Interfaces of the endpoint">
          {interfaces.map((row) => {
            const [eniId = '', subnetId = '', ip = ''] = row.split('\t');
            return (
              <li key={eniId} className="flex items-center gap-2 text-[13px]">
                <span className="min-w-0 flex-1 truncate font-mono text-xs">{subnetId}</span>
                <button
                  type="button"
                  className="font-mono text-xs text-sky-800 underline decoration-dotted dark:text-sky-300"
                  onClick={() => select([eniId])}
                >
                  {ip || eniId}
                </button>
              </li>
            );
          })}
        </ul>
      </Section>
      <GroupsSection
        ownerId={id}
        attached={endpoint.securityGroupIds}
        vpcId={endpoint.vpcId}
        note="AWS applies these groups to every interface of the endpoint."
        attach={(g) => attachEndpointGroup(id, g)}
        detach={(g) => detachEndpointGroup(id, g)}
      />
    </>
  );
}
