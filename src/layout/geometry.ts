/**
 * Sizes and spacing of the canvas, in flow units. The hand-made layouts of the built-in scenarios
 * use the same grid, so drawn and generated diagrams look alike.
 */
export const GRID = 16;

export const LEAF = { width: 170, height: 64 } as const;
export const GATEWAY = { width: 170, height: 56 } as const;
export const HOST = { width: 180, height: 72 } as const;
/** A transit gateway, outside every VPC. */
export const TRANSIT = { width: 210, height: 64 } as const;
/** A gateway endpoint on its VPC's bottom edge: its service, name and route tables. */
export const ENDPOINT = { width: 210, height: 64 } as const;

/** Inside a container: room for its two-line label, then its children in rows. */
export const HEADER = 56;
export const PAD = 20;
export const GAP = 20;

/** Between and around subnets inside a VPC. */
export const VPC_PAD = 40;
export const SUBNET_GAP = 24;

/**
 * Between VPCs, and above a VPC for the internet gateway that sits on its top edge: room for a
 * peering's label between two VPCs beside the route labels where routes leave each of them.
 */
export const VPC_GAP = 160;
export const GATEWAY_ROW = GATEWAY.height + 54;

/** What a newly drawn container measures: a subnet holds two instances, a VPC two subnets. */
export const NEW_SUBNET = {
  width: 2 * PAD + 2 * LEAF.width + GAP,
  height: HEADER + LEAF.height + PAD,
};
export const NEW_VPC = {
  width: 2 * VPC_PAD + NEW_SUBNET.width + 160,
  height: HEADER + 2 * NEW_SUBNET.height + SUBNET_GAP + VPC_PAD,
};

/** A collapsed VPC: one box with its name and counts. */
export const COLLAPSED_VPC = { width: 300, height: 88 } as const;

/** Smallest containers a person can resize to (children permitting). */
export const MIN_SUBNET = { width: LEAF.width + 2 * PAD, height: HEADER + 24 } as const;
export const MIN_VPC = { width: 260, height: HEADER + 40 } as const;

/** Auto layout wraps long rows: at most this many instances, or subnets, side by side. */
export const CHILDREN_PER_ROW = 4;
export const SUBNETS_PER_ROW = 3;

/** An internet gateway dropped this close to a VPC's box attaches to it. */
export const ATTACH_MARGIN = 48;

/** The y of an internet gateway relative to its VPC: centred on the VPC's top edge. */
export const GATEWAY_EDGE_Y = -GATEWAY.height / 2;

/** The y of a gateway endpoint relative to its VPC of this height: centred on its bottom edge. */
export const endpointEdgeY = (vpcHeight: number): number => vpcHeight - ENDPOINT.height / 2;

/** Transit gateways sit this far below the VPCs they join: their attachments' labels fit apart. */
export const TRANSIT_DROP = 170;
