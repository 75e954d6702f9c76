import { selectLockReason, selectSelection, select, useStore } from '../../store/index.ts';
import { Locked } from '../../ui/Locked.tsx';
import { kindOf } from '../scope.ts';
import { buttonClass } from '../ui/styles.ts';
import TransitGatewayInspector from '../transit/TransitGatewayInspector.tsx';
import EgressOnlyGatewayInspector from './EgressOnlyGatewayInspector.tsx';
import InstanceInspector from './InstanceInspector.tsx';
import InterfaceInspector from './InterfaceInspector.tsx';
import InternetGatewayInspector from './InternetGatewayInspector.tsx';
import InternetHostInspector from './InternetHostInspector.tsx';
import NatGatewayInspector from './NatGatewayInspector.tsx';
import PeeringInspector from './PeeringInspector.tsx';
import SubnetInspector from './SubnetInspector.tsx';
import VpcEndpointInspector from './VpcEndpointInspector.tsx';
import VpcInspector from './VpcInspector.tsx';

/**
 * The selected resource's fields; several selected: a list to pick one from. A resource the
 * challenge locks (for a student) shows its fields disabled under a padlock and the reason.
 */
export default function Inspector() {
  const selection = useStore(selectSelection);
  const only = selection.length === 1 ? (selection[0] ?? '') : '';
  const lock = useStore((s) => (only === '' ? null : selectLockReason(s, only)));
  if (selection.length === 0) {
    return (
      <p
        className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400"
        data-testid="inspector.empty"
      >
        Select a VPC, subnet, instance, interface, gateway or endpoint on the canvas to see and edit
        its settings here.
      </p>
    );
  }
  if (selection.length > 1) {
    return (
      <div className="px-3 py-3" data-testid="inspector.multiple">
        <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
          {selection.length} items selected. Inspect one:
        </p>
        <ul className="space-y-1">
          {selection.map((id) => (
            <li key={id}>
              <button
                type="button"
                className={`${buttonClass} font-mono`}
                onClick={() => select([id])}
              >
                {id}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <Locked reason={lock} testId="inspector.locked" noteClassName="px-3 pt-2.5">
      <ResourceInspector id={only} />
    </Locked>
  );
}

function ResourceInspector({ id }: { readonly id: string }) {
  // An attachment (its edge on the canvas) or a route table opens in its transit gateway's.
  const owner = useStore(
    (s) =>
      s.scenario.transitGatewayAttachments.find((a) => a.id === id)?.transitGatewayId ??
      s.scenario.transitGatewayRouteTables.find((t) => t.id === id)?.transitGatewayId,
  );
  switch (kindOf(id)) {
    case 'vpc':
      return <VpcInspector id={id} />;
    case 'subnet':
      return <SubnetInspector id={id} />;
    case 'instance':
      return <InstanceInspector id={id} />;
    case 'natGateway':
      return <NatGatewayInspector id={id} />;
    case 'internetGateway':
      return <InternetGatewayInspector id={id} />;
    case 'peeringConnection':
      return <PeeringInspector id={id} />;
    case 'internetHost':
      return <InternetHostInspector id={id} />;
    case 'networkInterface':
      return <InterfaceInspector id={id} />;
    case 'vpcEndpoint':
      return <VpcEndpointInspector id={id} />;
    case 'egressOnlyInternetGateway':
      return <EgressOnlyGatewayInspector id={id} />;
    case 'transitGateway':
      return <TransitGatewayInspector id={id} />;
    case 'transitGatewayAttachment':
    case 'transitGatewayRouteTable':
      return owner === undefined ? (
        <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-mono">{id}</span> no longer exists.
        </p>
      ) : (
        <TransitGatewayInspector key={id} id={owner} focus={id} />
      );
    default:
      return (
        <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">
          <span className="font-mono">{id}</span> is edited in its own tab.
        </p>
      );
  }
}
