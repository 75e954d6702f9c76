import { attachGroup, detachGroup, selectInstance, useStore } from '../../store/index.ts';
import { vpcIdOf } from '../scope.ts';
import GroupsSection from './GroupsSection.tsx';

const NONE: readonly string[] = [];

/** The groups an instance's primary interface carries, against the scenario's quota. */
export default function InstanceGroups({ instanceId }: { readonly instanceId: string }) {
  const attached = useStore((s) => selectInstance(s, instanceId)?.securityGroupIds ?? NONE);
  const vpcId = useStore((s) => vpcIdOf(s.scenario, instanceId));
  return (
    <GroupsSection
      ownerId={instanceId}
      attached={attached}
      vpcId={vpcId}
      attach={(g) => attachGroup(instanceId, g)}
      detach={(g) => detachGroup(instanceId, g)}
    />
  );
}
