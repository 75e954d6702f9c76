import { applyScenarioEdit } from '../model/scenarioEdit.ts';
import type { FlowSpec, SavedFlow } from '../model/types.ts';
import { compileScenario } from './compile.ts';
import type { CompiledScenario } from './compiled.ts';
import type { BlockProposal, FixIntent, Proposal } from './layers/hop.ts';
import { quickVerdict } from './quickVerdict.ts';
import type { ResolvedFlow } from './resolve.ts';
import type { Fix, Verdict } from './types.ts';

/** A denying hop's opening fix, and an allowing hop's blocking ones, as the walk left them. */
export interface Fixer {
  readonly hop: number;
  readonly fix: (intent: FixIntent) => Proposal | null;
}
export interface Blocker {
  readonly hop: number;
  readonly block: (intent: FixIntent) => readonly BlockProposal[];
}

/**
 * A flow as `evaluate` takes it: its spec and, for a saved flow, what it is meant to do (its
 * expected outcome, whether it is a challenge goal, whether its internet source stands for every
 * public address) and its ID. The fixes follow that intent.
 */
export type IntendedFlow = FlowSpec &
  Partial<Pick<SavedFlow, 'expected' | 'goal' | 'id'>> & { readonly anywhere?: boolean };

/**
 * The fixes a trace proposes follow the flow's intent: a flow that does what it is expected to
 * needs none; one allowed but expected blocked gets the changes that would block it; one
 * blocked and not expected blocked gets, for each denying hop, the change that opens it.
 */
export function suggestFixes(
  c: CompiledScenario,
  flow: IntendedFlow,
  f: ResolvedFlow,
  verdict: Verdict,
  denied: boolean,
  fixers: readonly Fixer[],
  blockers: readonly Blocker[],
): Fix[] {
  const intent: FixIntent = { anywhere: standsForEveryPublicAddress(flow, f) };
  if (flow.expected === 'blocked')
    return verdict === 'allowed' ? blockingFixes(c, flow, blockers, intent) : [];
  return denied ? openingFixes(fixers, intent) : [];
}

/**
 * Whether the flow's internet end stands for every public address rather than the one it
 * names, so that a fix that opens, or blocks, that one address does not meet it: as the flow
 * says (`anywhere`, "from anywhere"), else for a challenge goal with an end on the internet,
 * which speaks of "the internet" (its task says "from anywhere"; the address is one client).
 * The one place that reads it.
 */
export function standsForEveryPublicAddress(flow: IntendedFlow, f: ResolvedFlow): boolean {
  const internet = (end: ResolvedFlow['src']) => end.kind === 'internet' && !end.service;
  if (!internet(f.src) && !internet(f.dst)) return false;
  return flow.anywhere ?? flow.goal === true;
}

/**
 * One opening fix per denying hop, each built by its layer from typed values; the request and
 * the response often stop at the same setting, so it is proposed once.
 */
function openingFixes(fixers: readonly Fixer[], intent: FixIntent): Fix[] {
  const fixes: Fix[] = [];
  const said = new Set<string>();
  for (const { hop, fix } of fixers) {
    const p = fix(intent);
    if (!p || said.has(p.summary)) continue;
    said.add(p.summary);
    fixes.push({
      hop,
      summary: p.summary,
      edit: p.edit,
      effect: 'open',
      ...(p.scopes ? { scopes: p.scopes } : {}),
    });
  }
  return fixes;
}

/**
 * Proposals tried (the narrowest first) and saved flows checked, at most. Each try compiles the
 * edited scenario again (about 20 ms for 1,000 interfaces): a large scenario gets fewer tries.
 */
const MAX_TRIED = 8;
const MAX_TRIED_LARGE = 4;
const LARGE = 300;
const MAX_OTHERS = 200;

/**
 * The changes that would block the flow, each tried on a copy of the scenario: kept only when
 * the flow is then blocked, and ranked by how many other saved flows (allowed now and not
 * expected blocked) it would block too, then by how much traffic it stops.
 */
function blockingFixes(
  c: CompiledScenario,
  flow: IntendedFlow,
  blockers: readonly Blocker[],
  intent: FixIntent,
): Fix[] {
  const said = new Set<string>();
  const candidates: { hop: number; p: BlockProposal }[] = [];
  for (const { hop, block } of blockers) {
    for (const p of block(intent)) {
      if (said.has(p.summary)) continue;
      said.add(p.summary);
      candidates.push({ hop, p });
    }
  }
  candidates.sort((a, b) => a.p.breadth - b.p.breadth);
  let others: SavedFlow[] | undefined;
  const ranked: { fix: Fix; breadth: number }[] = [];
  const tries = c.eniList.length > LARGE ? MAX_TRIED_LARGE : MAX_TRIED;
  for (const { hop, p } of candidates.slice(0, tries)) {
    const edited = applyScenarioEdit(c.source, p.edit);
    if (!edited.ok) continue;
    const next = compileScenario(edited.value);
    if (quickVerdict(next, flow) !== 'blocked') continue;
    others ??= allowedOthers(c, flow);
    const alsoBlocks = others
      .filter((o) => quickVerdict(next, o) !== 'allowed')
      .map((o) => o.name || o.id);
    ranked.push({
      fix: {
        hop,
        summary: p.summary,
        edit: p.edit,
        effect: 'block',
        ...(alsoBlocks.length > 0 ? { alsoBlocks } : {}),
      },
      breadth: p.breadth,
    });
  }
  ranked.sort(
    (a, b) =>
      (a.fix.alsoBlocks?.length ?? 0) - (b.fix.alsoBlocks?.length ?? 0) || a.breadth - b.breadth,
  );
  return ranked.map((r) => r.fix);
}

/** The other saved flows a blocking fix should leave alone: allowed now, not expected blocked. */
function allowedOthers(c: CompiledScenario, flow: IntendedFlow): SavedFlow[] {
  const key = specKey(flow);
  return c.source.flows
    .filter((o) => o.id !== flow.id && o.expected !== 'blocked' && specKey(o) !== key)
    .slice(0, MAX_OTHERS)
    .filter((o) => quickVerdict(c, o) === 'allowed');
}

function specKey(f: FlowSpec): string {
  return JSON.stringify([f.source, f.destination, f.protocol, f.port, f.sourcePort, f.icmpType]);
}
