import { useStore } from '../../store/index.ts';
import AnimationControls from './AnimationControls.tsx';
import PacketOverlay from './PacketOverlay.tsx';

/**
 * The shown flow on the canvas (inside <ReactFlow>): its playback controls, and its packet once
 * the engine has answered. Nothing is drawn while no flow is shown.
 */
export default function AnimationLayer() {
  const shown = useStore((s) => s.sim.active.flowId !== null);
  const trace = useStore((s) => s.sim.active.trace);
  if (!shown) return null;
  return (
    <>
      <AnimationControls />
      {trace && trace.hops.length > 0 && <PacketOverlay trace={trace} />}
    </>
  );
}
