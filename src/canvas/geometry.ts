/**
 * Sizes and spacing of the automatic layout, in flow units. The hand-made layouts of the
 * built-in scenarios use the same grid, so drawn and generated diagrams look alike.
 */
export const LEAF = { width: 170, height: 64 } as const;
export const GATEWAY = { width: 170, height: 56 } as const;

/** Inside a container: room for its two-line label, then its children in a row. */
export const HEADER = 56;
export const PAD = 20;
export const GAP = 20;

/** Between and around subnets inside a VPC. */
export const VPC_PAD = 40;
export const SUBNET_GAP = 24;

/** Between VPCs, and between an internet gateway and the VPC below it. */
export const VPC_GAP = 80;
export const GATEWAY_ROW = GATEWAY.height + 54;
