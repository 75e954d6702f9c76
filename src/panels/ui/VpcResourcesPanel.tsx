import type { ComponentType } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Subnet } from '../../model/types.ts';
import { selectVpc, useStore, type StoreState } from '../../store/index.ts';
import { NoVpc } from '../sg/SecurityGroupsPanel.tsx';
import { nameAndId } from '../selectors.ts';
import Associations from './Associations.tsx';
import CreateForm from './CreateForm.tsx';
import VpcHeading from './VpcHeading.tsx';

/**
 * What differs between the per-VPC lists of network ACLs and of route tables: both create, open
 * one card at a time, and end with each subnet's association (one explicit, else the implicit
 * default ACL / main table). Kept at module scope, so the components below stay stable.
 */
export interface VpcResourcesKind {
  readonly testId: string;
  /** Plural heading for screen readers, e.g. "Network ACLs". */
  readonly plural: string;
  /** For the create form, e.g. "network ACL". */
  readonly what: string;
  readonly placeholder: string;
  readonly selectIds: (s: StoreState, vpcId: string) => string[];
  readonly selectImplicitId: (s: StoreState, vpcId: string) => string | undefined;
  readonly create: (vpcId: string, name: string) => { id: string } | { error: string };
  readonly Card: ComponentType<{ id: string; open: boolean; onToggle: () => void }>;
  readonly Option: ComponentType<{ id: string }>;
  readonly association: {
    readonly what: string;
    readonly kind: 'acl' | 'table';
    readonly pick: (subnet: Subnet) => string | undefined;
    readonly implicitLabel: (label: string) => string;
    readonly onPick: (subnetId: string, id: string | null) => string | null;
  };
}

interface PanelProps {
  readonly vpcIds: readonly string[];
  /** The resource opened for editing (kept by the side panel across tab switches). */
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}

export default function VpcResourcesPanel({
  kind,
  vpcIds,
  openId,
  onOpen,
}: PanelProps & { readonly kind: VpcResourcesKind }) {
  if (vpcIds.length === 0) return <NoVpc />;
  return (
    <div data-testid={`${kind.testId}.panel`}>
      {vpcIds.map((vpcId) => (
        <VpcResources key={vpcId} kind={kind} vpcId={vpcId} openId={openId} onOpen={onOpen} />
      ))}
    </div>
  );
}

function VpcResources({
  kind,
  vpcId,
  openId,
  onOpen,
}: Omit<PanelProps, 'vpcIds'> & { readonly kind: VpcResourcesKind; readonly vpcId: string }) {
  const ids = useStore(useShallow((s) => kind.selectIds(s, vpcId)));
  const vpcLabel = useStore((s) => nameAndId(selectVpc(s, vpcId), vpcId));
  const implicitId = useStore((s) => kind.selectImplicitId(s, vpcId));
  const { Card, Option, association } = kind;
  return (
    <section
      aria-label={`${kind.plural} of ${vpcLabel}`}
      className="border-b border-slate-200 dark:border-slate-800"
    >
      <VpcHeading vpcId={vpcId} />
      <CreateForm
        what={kind.what}
        testId={`${kind.testId}.create`}
        placeholder={kind.placeholder}
        onCreate={(name) => {
          const result = kind.create(vpcId, name);
          if ('id' in result) onOpen(result.id);
          return 'error' in result ? result.error : null;
        }}
      />
      <ul className="space-y-1.5 px-2 pb-3">
        {ids.map((id) => (
          <Card
            key={id}
            id={id}
            open={openId === id}
            onToggle={() => onOpen(openId === id ? null : id)}
          />
        ))}
      </ul>
      <Associations
        vpcId={vpcId}
        testId={`${kind.testId}.association`}
        title="Subnet associations"
        what={association.what}
        pick={association.pick}
        implicitLabel={association.implicitLabel}
        implicitId={implicitId}
        kind={association.kind}
        onPick={association.onPick}
        options={ids.map((id) => (
          <Option key={id} id={id} />
        ))}
      />
    </section>
  );
}
