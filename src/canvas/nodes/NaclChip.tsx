import { memo } from 'react';
import { byId, useStore, type StoreState } from '../../store/index.ts';
import { useHighlight } from '../security/highlight.ts';
import { Chip, Lit } from './SecurityChips.tsx';

/** The network ACL a subnet uses: its own, else its VPC's default one. */
function aclIdOf(s: StoreState, subnetId: string): string | null {
  const subnet = byId(s.scenario.subnets, subnetId);
  if (!subnet) return null;
  if (subnet.networkAclId !== undefined) return subnet.networkAclId;
  return s.scenario.networkAcls.find((a) => a.vpcId === subnet.vpcId && a.isDefault)?.id ?? null;
}

/**
 * A subnet's network ACL as a chip on its bottom border, "NACL <name>", marked "default" when it
 * is the VPC's default one; hovering it lights every subnet that uses it.
 */
function NaclChip({ subnetId }: { subnetId: string }) {
  const aclId = useStore((s) => aclIdOf(s, subnetId));
  const acl = useStore((s) => (aclId === null ? undefined : byId(s.scenario.networkAcls, aclId)));
  const lit = useHighlight((h) => h.id !== null && h.id === aclId);
  if (!acl) return null;
  const marked = acl.isDefault && acl.name.toLowerCase() !== 'default';
  const text = marked ? `NACL ${acl.name} · default` : `NACL ${acl.name}`;
  return (
    <>
      {lit && <Lit />}
      <span className="absolute right-3 -bottom-2.5 flex max-w-[60%]">
        <Chip
          testId={`canvas.nacl-chip.${subnetId}`}
          id={acl.id}
          text={text}
          dashed={acl.isDefault}
          title={`Network ACL ${acl.name} (${acl.id})${acl.isDefault ? ', the VPC’s default' : ''}: hover to light every subnet that uses it`}
        />
      </span>
    </>
  );
}

export default memo(NaclChip);
