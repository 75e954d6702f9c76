import type { ComponentProps } from 'react';
import { associateSubnetAcl, createAcl } from '../../store/index.ts';
import { selectAclIdsOfVpc, selectDefaultAclId } from '../selectors.ts';
import { AclOption } from '../ui/Options.tsx';
import VpcResourcesPanel, { type VpcResourcesKind } from '../ui/VpcResourcesPanel.tsx';
import AclCard from './AclCard.tsx';

const NETWORK_ACLS: VpcResourcesKind = {
  testId: 'nacl',
  plural: 'Network ACLs',
  what: 'network ACL',
  placeholder: 'new ACL name, e.g. private',
  selectIds: selectAclIdsOfVpc,
  selectImplicitId: selectDefaultAclId,
  create: createAcl,
  Card: AclCard,
  Option: AclOption,
  association: {
    what: 'Network ACL',
    kind: 'acl',
    pick: (subnet) => subnet.networkAclId,
    implicitLabel: (label) => `VPC default: ${label} · implicit`,
    onPick: associateSubnetAcl,
  },
};

/** Network ACLs per VPC: create, open one to edit its numbered rules; which subnet uses which. */
export default function NetworkAclsPanel(
  props: Omit<ComponentProps<typeof VpcResourcesPanel>, 'kind'>,
) {
  return <VpcResourcesPanel kind={NETWORK_ACLS} {...props} />;
}
