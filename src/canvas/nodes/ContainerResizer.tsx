import { NodeResizer, type ResizeParams } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import {
  containerResizeLimits,
  endResize,
  resizeFrame,
  type ResizeLimits,
} from '../../store/index.ts';

/**
 * Resize handles for a selected VPC or subnet. The limits are read when a resize starts: the
 * container cannot shrink past its children, nor move its left or top edge over them. Frames
 * stay out of undo; letting go is one step.
 */
function ContainerResizer({ id, color }: { readonly id: string; readonly color: string }) {
  const [limits, setLimits] = useState<ResizeLimits>(() => containerResizeLimits(id));
  const start = useRef<ResizeParams | null>(null);
  return (
    <NodeResizer
      color={color}
      minWidth={limits.minWidth}
      minHeight={limits.minHeight}
      handleClassName="!h-2.5 !w-2.5 !rounded-sm"
      onResizeStart={(_, params) => {
        start.current = params;
        setLimits(containerResizeLimits(id));
      }}
      shouldResize={(_, params) => {
        const from = start.current;
        if (!from) return true;
        return params.x - from.x <= limits.left && params.y - from.y <= limits.top;
      }}
      onResize={(_, { x, y, width, height }) => resizeFrame(id, { x, y, width, height })}
      onResizeEnd={() => {
        start.current = null;
        endResize();
      }}
    />
  );
}

export default memo(ContainerResizer);
