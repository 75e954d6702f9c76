/** The evaluator's public surface. Only `worker/` and `cli/` call it; others import its types. */
export { compileScenario, type CompiledScenario } from './compile.ts';
export { evaluate } from './evaluate.ts';
export { evaluateSavedFlow, type FlowIntent } from './anywhere.ts';
export { INTERNET_HOST, internetPieces, namedBlocks, type InternetPiece } from './internet.ts';
export {
  splitAddressSpace,
  intervalCidrs,
  type AddressPiece,
  type Interval,
} from './addressSpace.ts';
export { evaluateAcrossPlacements, type Placement } from './placements.ts';
export { resolveFlow, DEFAULT_SOURCE_PORT, type ResolvedFlow } from './resolve.ts';
export * from './types.ts';
export {
  reachability,
  decodeCell,
  CELL_LAYERS,
  CELL_VERDICTS,
  INTERNET_ENDPOINT,
  type ReachabilityMatrix,
  type ReachabilityOptions,
  type Service,
  type CellValue,
} from './reachability.ts';
