import {
  GAP,
  GATEWAY,
  GATEWAY_EDGE_Y,
  HEADER,
  HOST,
  LEAF,
  MIN_VPC,
  PAD,
  SUBNET_GAP,
  VPC_GAP,
  VPC_PAD,
} from '../../canvas/geometry.ts';
import type { LayoutSizes } from '../../share/elkLayout.ts';

/** The canvas's sizes, for the ELK layout of imports (src/share may not read the canvas). */
export const CANVAS_SIZES: LayoutSizes = {
  leaf: LEAF,
  gateway: GATEWAY,
  host: HOST,
  header: HEADER,
  pad: PAD,
  gap: GAP,
  vpcPad: VPC_PAD,
  subnetGap: SUBNET_GAP,
  vpcGap: VPC_GAP,
  minVpc: MIN_VPC,
  // A subnet's header (name, badge, CIDR · zone) reads in full from about this width.
  minSubnetWidth: 320,
  gatewayEdgeY: GATEWAY_EDGE_Y,
};
