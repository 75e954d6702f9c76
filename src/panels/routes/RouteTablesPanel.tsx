import type { ComponentProps } from 'react';
import { associateSubnetRouteTable, createTable } from '../../store/index.ts';
import { selectMainTableId, selectTableIdsOfVpc } from '../selectors.ts';
import { TableOption } from '../ui/Options.tsx';
import VpcResourcesPanel, { type VpcResourcesKind } from '../ui/VpcResourcesPanel.tsx';
import TableCard from './TableCard.tsx';

const ROUTE_TABLES: VpcResourcesKind = {
  testId: 'route',
  plural: 'Route tables',
  what: 'route table',
  placeholder: 'new table name, e.g. public',
  selectIds: selectTableIdsOfVpc,
  selectImplicitId: selectMainTableId,
  create: createTable,
  Card: TableCard,
  Option: TableOption,
  association: {
    what: 'Route table',
    kind: 'table',
    pick: (subnet) => subnet.routeTableId,
    implicitLabel: (label) => `Main table: ${label} · implicit`,
    onPick: associateSubnetRouteTable,
  },
};

/** Route tables per VPC: create, open one to edit its routes, set main; which subnet uses which. */
export default function RouteTablesPanel(
  props: Omit<ComponentProps<typeof VpcResourcesPanel>, 'kind'>,
) {
  return <VpcResourcesPanel kind={ROUTE_TABLES} {...props} />;
}
