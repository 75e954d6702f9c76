import { useStore, type StoreState } from '../../store/index.ts';
import { SUBNET_LOOK } from '../awsLooks.ts';
import { subnetIsPublic } from '../selectors.ts';

/** "public:web,private:app": a VPC's subnets in a string, so the selector's answer compares by value. */
function barsOf(s: StoreState, vpcId: string): string {
  return s.scenario.subnets
    .filter((n) => n.vpcId === vpcId)
    .map((n) => `${subnetIsPublic(s, n.id) ? 'public' : 'private'}:${n.name}`)
    .join('\n');
}

/**
 * A collapsed VPC's subnets as bars along its bottom: AWS's public-subnet green, private-subnet teal, each
 * named in its tooltip, so the box still says how the VPC is cut up.
 */
export default function SubnetBars({ vpcId }: { vpcId: string }) {
  const bars = useStore((s) => barsOf(s, vpcId));
  if (bars === '') return null;
  return (
    <div
      className="absolute right-3 bottom-2 left-3 flex gap-1"
      data-testid={`canvas.subnet-bars.${vpcId}`}
    >
      {bars.split('\n').map((bar, k) => {
        const [kind = '', name = ''] = bar.split(/:(.*)/s);
        return (
          <span
            key={k}
            title={`${kind === 'public' ? 'Public' : 'Private'} subnet ${name}`}
            className="h-2 min-w-1 flex-1 rounded-sm"
            style={{
              backgroundColor: SUBNET_LOOK[kind === 'public' ? 'public' : 'private'].colour,
            }}
          />
        );
      })}
    </div>
  );
}
