import type { StateCreator } from 'zustand';
import type { ReachabilityMatrix, Service } from '../../engine/index.ts';
import type { Scenario } from '../../model/types.ts';
import type { StoreState } from '../store.ts';

export type MatrixStatus = 'idle' | 'computing' | 'done' | 'cancelled' | 'error';

/** Where the matrix overlay is: shut, open over the app, or shrunk to a chip above the canvas. */
export type MatrixView = 'closed' | 'open' | 'minimised';

/** How the grid is narrowed: by text (name, ID, IP, subnet) on either axis, by VPC, by verdict. */
export interface MatrixFilter {
  readonly sources: string;
  readonly destinations: string;
  /** '' for every VPC. The internet stays: it lies outside every VPC and reaches into each. */
  readonly vpcId: string;
  readonly show: 'all' | 'blocked' | 'allowed';
}

export interface MatrixState {
  readonly view: MatrixView;
  /** The services picked for the next Compute. */
  readonly services: readonly Service[];
  readonly status: MatrixStatus;
  /** 0–1 while computing. */
  readonly progress: number;
  /**
   * The last finished matrix, as the worker sent it: its `cells` is the transferred Uint8Array,
   * kept as is (never copied into arrays; a cell is decoded when it is drawn).
   */
  readonly result: ReachabilityMatrix | null;
  /** The scenario the result was computed for: its names label the grid, and `stale` compares to it. */
  readonly basis: Scenario | null;
  readonly error: string | null;
  /** How long the last finished Compute took, from the click to the result in the page. */
  readonly elapsedMs: number | null;
  readonly filter: MatrixFilter;
  /** Which of the result's services the grid shows. */
  readonly tab: number;
  /**
   * How the grid gathers endpoints: `none` (a row per endpoint), `vpc`, `subnet`,
   * `security-group` or `tag:<key>` (a row per group, each cell the pairs it holds).
   */
  readonly groupBy: string;
  /** The pair of groups drilled into: the grid shows their endpoints, pair by pair. */
  readonly drill: { readonly source: string; readonly destination: string } | null;
}

/** Results of the reachability matrix. Never undoable: kept out of zundo's partialize. */
export interface MatrixSlice {
  readonly matrix: MatrixState;
}

export const INITIAL_MATRIX: MatrixState = {
  view: 'closed',
  services: [{ protocol: 'tcp', port: 5432 }],
  status: 'idle',
  progress: 0,
  result: null,
  basis: null,
  error: null,
  elapsedMs: null,
  filter: { sources: '', destinations: '', vpcId: '', show: 'all' },
  tab: 0,
  groupBy: 'none',
  drill: null,
};

export const createMatrixSlice: StateCreator<StoreState, [], [], MatrixSlice> = () => ({
  matrix: INITIAL_MATRIX,
});

/** The parts of a scenario a verdict depends on: renaming it or saving a flow leaves a matrix fresh. */
const NETWORK_KEYS = [
  'vpcs',
  'subnets',
  'instances',
  'securityGroups',
  'networkAcls',
  'routeTables',
  'internetGateways',
  'natGateways',
  'peeringConnections',
  'internetHosts',
] as const satisfies readonly (keyof Scenario)[];

/**
 * Whether the network changed since the shown matrix was computed (the panel offers Recompute).
 * Derived, not stored: edits replace the arrays they touch, so comparing them is exact and cheap.
 */
export function selectMatrixStale(s: Pick<StoreState, 'scenario' | 'matrix'>): boolean {
  const basis = s.matrix.basis;
  if (basis === null || s.matrix.result === null) return false;
  return NETWORK_KEYS.some((k) => basis[k] !== s.scenario[k]);
}
