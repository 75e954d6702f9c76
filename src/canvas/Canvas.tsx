import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type OnEdgesChange,
  type OnNodesChange,
} from '@xyflow/react';
import { GROUP_COLOUR, lookColour } from './awsLooks.ts';
import { useEffect, useRef, type DragEvent, type KeyboardEvent } from 'react';
import {
  applyCanvasSelection,
  dragNodes,
  dropFromPalette,
  hideFlow,
  recordMeasurements,
  releaseDrag,
  select,
  toggleSelected,
  useStore,
} from '../store/index.ts';
import AnimationLayer from './animation/AnimationLayer.tsx';
import './canvas.css';
import { showLanding } from './dropHint.ts';
import { GRID } from '../layout/geometry.ts';
import { edgeTypes, nodeTypes } from './nodeTypes.ts';
import { PALETTE_MIME, isPaletteKind } from './paletteItems.ts';
import { selectFlowEdges, selectFlowNodes } from './selectFlowNodes.ts';
import type { FlowEdge, FlowNode } from './types.ts';
import { useSemanticZoom } from './semanticZoom.ts';
import { setViewportApi } from './viewport.ts';
import ViewPanel from './ViewPanel.tsx';

/*
 * Nodes and edges are controlled and derived from the store. React Flow's changes go back to the
 * store: drag frames to the drag overlay (out of undo), the release to `releaseDrag` (one step,
 * re-parenting what moved), measurements to `measured`, selection to the selection slice. Resizes
 * come through the resizer's own callbacks (ContainerResizer), so their changes are skipped here,
 * as are removals: deleting goes through the app's command (it says the cascade first).
 */
const onNodesChange: OnNodesChange<FlowNode> = (changes) => {
  const frames: { id: string; x: number; y: number }[] = [];
  const sizes: { id: string; width: number; height: number }[] = [];
  const selects: { id: string; selected: boolean }[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position && change.dragging !== undefined) {
      frames.push({ id: change.id, ...change.position });
    } else if (change.type === 'dimensions' && change.dimensions && change.resizing === undefined) {
      sizes.push({ id: change.id, ...change.dimensions });
    } else if (change.type === 'select') {
      selects.push({ id: change.id, selected: change.selected });
    }
  }
  dragNodes(frames);
  recordMeasurements(sizes);
  if (selects.length > 0) applyCanvasSelection(selects);
};

const onEdgesChange: OnEdgesChange<FlowEdge> = (changes) => {
  const selects = changes.flatMap((c) =>
    c.type === 'select' ? [{ id: c.id, selected: c.selected }] : [],
  );
  if (selects.length > 0) applyCanvasSelection(selects);
};

const onNodeDrag = (_: unknown, node: FlowNode, nodes: FlowNode[]) =>
  showLanding(useStore.getState(), nodes.length === 1 ? node.id : null);

const onDragStop = () => {
  showLanding(useStore.getState(), null);
  releaseDrag();
};

/** A click on the empty canvas clears the selection (React Flow's) and hides the flow shown. */
const onPaneClick = () => void hideFlow();

const onDragOver = (event: DragEvent) => {
  if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
};

/** Enter or Space on a focused node selects it (Shift or Ctrl/Cmd adds it to the selection). */
const onKeyDown = (event: KeyboardEvent) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target as HTMLElement;
  const id = target.classList.contains('react-flow__node') ? target.dataset.id : undefined;
  if (id === undefined) return;
  event.preventDefault();
  if (event.shiftKey || event.ctrlKey || event.metaKey) toggleSelected(id);
  else select([id]);
};

/** The minimap in the canvas's AWS colours (awsLooks.ts): a subnet in the private teal. */
const MINIMAP_COLOURS: Readonly<Record<string, string>> = {
  region: 'transparent',
  vpc: GROUP_COLOUR.vpc,
  subnet: GROUP_COLOUR.privateSubnet,
  instance: lookColour('instance'),
  natGateway: lookColour('natGateway'),
  internetGateway: lookColour('internetGateway'),
  internetHost: '#64748b',
  networkInterface: lookColour('networkInterface'),
  egressOnlyInternetGateway: lookColour('egressOnlyGateway'),
  vpcEndpoint: lookColour('gatewayEndpoint'),
  transitGateway: lookColour('transitGateway'),
};
const minimapColour = (node: { type?: string }) => MINIMAP_COLOURS[node.type ?? ''] ?? '#94a3b8';
const minimapClass = (node: { type?: string }) => (node.type === 'vpc' ? 'opacity-40' : '');

/** Registers the viewport for the commands outside React (fit, zoom, centre on a node). */
function ViewportBridge() {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const loads = useStore((s) => s.loads);
  useEffect(() => {
    setViewportApi(flow);
    return () => setViewportApi(null);
  }, [flow]);
  // Another scenario was opened: show all of it once its nodes are measured.
  useEffect(() => {
    if (loads === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView({ padding: 0.12 }));
    return () => cancelAnimationFrame(frame);
  }, [flow, loads]);
  return null;
}

export default function Canvas() {
  return (
    <ReactFlowProvider>
      <Flow />
    </ReactFlowProvider>
  );
}

function Flow() {
  const nodes = useStore(selectFlowNodes);
  const edges = useStore(selectFlowEdges);
  const snapToGrid = useStore((s) => s.snapToGrid);
  const theme = useStore((s) => s.theme);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const frame = useRef<HTMLDivElement>(null);
  useSemanticZoom(frame);

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    if (!isPaletteKind(kind)) return;
    event.preventDefault();
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    dropFromPalette(kind, point);
  };

  return (
    <div
      ref={frame}
      className="h-full w-full"
      data-testid="canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
      onKeyDown={onKeyDown}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onDragStop}
        onPaneClick={onPaneClick}
        onSelectionDragStop={onDragStop}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        snapToGrid={snapToGrid}
        snapGrid={[GRID, GRID]}
        deleteKeyCode={null}
        multiSelectionKeyCode={['Shift', 'Control', 'Meta']}
        selectionKeyCode="Shift"
        disableKeyboardA11y
        nodesConnectable={false}
        fitView
        fitViewOptions={{ padding: 0.12 }}
        minZoom={0.1}
        maxZoom={2}
      >
        <ViewportBridge />
        <AnimationLayer />
        <ViewPanel />
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
        <Controls
          position="bottom-left"
          showInteractive={false}
          aria-label="Zoom controls"
          fitViewOptions={{ padding: 0.12, duration: 200 }}
        />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          ariaLabel="Overview of the network"
          nodeColor={minimapColour}
          nodeClassName={minimapClass}
          nodeBorderRadius={6}
          style={{ width: 168, height: 112 }}
          className="!rounded-md !border !border-slate-200 dark:!border-slate-700"
        />
      </ReactFlow>
    </div>
  );
}
