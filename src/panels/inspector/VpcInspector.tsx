import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  addVpcCidr,
  editVpc,
  editVpcCidr,
  peerVpcs,
  removeVpcCidr,
  select,
  selectVpc,
  useStore,
} from '../../store/index.ts';
import { PlusIcon, TrashIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass, iconButtonClass, monoInputClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';

export default function VpcInspector({ id }: { readonly id: string }) {
  const vpc = useStore((s) => selectVpc(s, id));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!vpc) return <Missing id={id} />;
  return (
    <div data-testid="inspector.vpc">
      <Header kind="VPC" id={id} />
      <Section title="General">
        <TextField
          label="Name"
          value={vpc.name}
          commit={(t) => editVpc(id, 'name', t)}
          testId="inspector.field.name"
        />
      </Section>
      <Section title="CIDR blocks">
        {vpc.cidrBlocks.map((block, i) => (
          <div key={i} className="flex items-end gap-1">
            <div className="flex-1">
              <TextField
                label={i === 0 ? 'IPv4 CIDR (primary)' : `IPv4 CIDR ${i + 1}`}
                value={block}
                mono
                commit={(t) => editVpcCidr(id, i, t)}
                testId={`inspector.field.cidrBlocks.${i}`}
                findingsOf={{ resourceId: id, field: `cidrBlocks[${i}]` }}
              />
            </div>
            {i > 0 && (
              <button
                type="button"
                className={`${iconButtonClass} mb-0`}
                aria-label={`Remove IPv4 CIDR ${block}`}
                data-testid={`inspector.remove-cidr.${i}`}
                onClick={() => setRefusal(removeVpcCidr(id, i))}
              >
                <TrashIcon />
              </button>
            )}
          </div>
        ))}
        <AddCidr
          onAdd={(text) => {
            const result = addVpcCidr(id, text);
            setRefusal(result);
            return result === null;
          }}
        />
        <Refusal text={refusal} testId="inspector.refusal" />
        <TextField
          label="IPv6 CIDR"
          value={vpc.ipv6CidrBlock ?? ''}
          mono
          placeholder="none (e.g. 2600:1f18:abcd::/56)"
          commit={(t) => editVpc(id, 'ipv6CidrBlock', t)}
          testId="inspector.field.ipv6CidrBlock"
          findingsOf={{ resourceId: id, field: 'ipv6CidrBlock' }}
        />
      </Section>
      <VpcPeering id={id} />
      <VpcCounts id={id} />
    </div>
  );
}

/**
 * The VPC's peering connections, and a way to request one with another VPC. Traffic also needs a
 * route to the connection in both VPCs' route tables (the Route tables tab offers it as a target).
 */
function VpcPeering({ id }: { readonly id: string }) {
  const peerings = useStore(
    useShallow((s) =>
      s.scenario.peeringConnections
        .filter((p) => p.requesterVpcId === id || p.accepterVpcId === id)
        .map(
          (p) =>
            `${p.id}|${p.requesterVpcId === id ? p.accepterVpcId : p.requesterVpcId}|${p.status}`,
        ),
    ),
  );
  const others = useStore(
    useShallow((s) => s.scenario.vpcs.filter((v) => v.id !== id).map((v) => `${v.id}|${v.name}`)),
  );
  const [target, setTarget] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const chosen = others.some((o) => o.startsWith(`${target}|`))
    ? target
    : (others[0]?.split('|')[0] ?? '');
  return (
    <Section title="Peering">
      {peerings.length === 0 && (
        <p className="text-[13px] text-slate-600 dark:text-slate-400">No peering connection.</p>
      )}
      <ul className="space-y-1">
        {peerings.map((row) => {
          const [pcxId = '', otherId = '', status = ''] = row.split('|');
          return (
            <li key={pcxId} className="flex items-center justify-between gap-2 text-[13px]">
              <button
                type="button"
                className="truncate font-mono text-sky-700 underline dark:text-sky-300"
                onClick={() => select([pcxId])}
                data-testid={`inspector.peering.${pcxId}`}
              >
                {pcxId} ↔ {otherId}
              </button>
              <span className="shrink-0 text-slate-600 dark:text-slate-400">{status}</span>
            </li>
          );
        })}
      </ul>
      {others.length > 0 && (
        <form
          className="flex items-end gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) setRefusal(peerVpcs(id, chosen));
          }}
        >
          <label className="flex flex-1 flex-col text-xs text-slate-600 dark:text-slate-400">
            Peer with
            <select
              className={monoInputClass}
              value={chosen}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="inspector.peer-with"
            >
              {others.map((o) => {
                const [vpcId = '', name = ''] = o.split('|');
                return (
                  <option key={vpcId} value={vpcId}>
                    {name} ({vpcId})
                  </option>
                );
              })}
            </select>
          </label>
          <button type="submit" className={buttonClass} data-testid="inspector.peer">
            <PlusIcon /> Peer
          </button>
        </form>
      )}
      <Refusal text={refusal} testId="inspector.peering-refusal" />
    </Section>
  );
}

function AddCidr({ onAdd }: { readonly onAdd: (text: string) => boolean }) {
  const [text, setText] = useState('');
  return (
    <form
      className="flex gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        if (onAdd(text)) setText('');
      }}
    >
      <input
        aria-label="Another IPv4 CIDR block"
        data-testid="inspector.new-cidr"
        className={monoInputClass}
        placeholder="add a block, e.g. 10.1.0.0/16"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className={buttonClass} data-testid="inspector.add-cidr">
        <PlusIcon /> Add
      </button>
    </form>
  );
}

/** What the VPC holds, as a reminder of what deleting it would take. */
function VpcCounts({ id }: { readonly id: string }) {
  const [subnets, instances] = useStore(
    useShallow((s) => {
      const inVpc = new Set(s.scenario.subnets.filter((n) => n.vpcId === id).map((n) => n.id));
      return [inVpc.size, s.scenario.instances.filter((i) => inVpc.has(i.subnetId)).length];
    }),
  );
  return (
    <Section title="Contents">
      <p className="text-[13px] text-slate-700 dark:text-slate-300">
        {subnets} subnet{subnets === 1 ? '' : 's'}, {instances} instance{instances === 1 ? '' : 's'}
      </p>
    </Section>
  );
}
