import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockedIds } from '../model/challenge.ts';
import { parseScenarioFile, toScenarioFile } from '../model/envelope.ts';
import type { Scenario, ScenarioFile } from '../model/types.ts';
import { builtInChallenges, builtInScenarios } from '../scenarios/index.ts';
import { authorChallenge } from './actions/challenge.ts';
import { copySelection, duplicateSelection, hasCopied } from './actions/clipboard.ts';
import { deleteNow, renameScenario } from './actions/document.ts';
import {
  addGroupRule,
  editInstance,
  removeGroupRule,
  renameGroup,
  setInstancePublicIp,
} from './actions/editors.ts';
import { addToSelection } from './actions/canvasAdd.ts';
import { toggleCollapsed } from './actions/canvasFrame.ts';
import { nudgeSelection } from './actions/canvasMove.ts';
import { newDraft, previewFlow } from './actions/sim.ts';
import { select } from './actions/selection.ts';
import { askConfirmation } from './actions/ui.ts';
import { redo, undo } from './door.ts';
import { startLibrary } from './effects/library.ts';
import { keeper } from './keeper.ts';
import {
  fakeTab,
  freshIndexedDb,
  memoryStorage,
  persistenceOf,
} from './persist/fakeBrowser.testing.ts';
import { resetLibraryForTests } from './actions/library.ts';
import { openScenario } from './open.ts';
import type { Teaching } from './slices/teaching.ts';
import { useStore, type StoreState, type Undoable } from './store.ts';

/**
 * The store's promises, driven by random sequences of actions the way the UI drives them:
 * edits (panels and canvas), undo, redo, opening a built-in, importing a file, authoring (lock,
 * unlock, goals) while a student, and state derived from the scenario (selection, a flow shown,
 * a draft, a matrix, the clipboard, a question). After every step:
 *
 * - the scenario is schema-valid (the one parser reads its envelope);
 * - in student mode, no locked resource, goal, task or lock changed;
 * - undo restores exactly the state before the step it undoes (N undos: N steps back), redo
 *   the one after;
 * - after opening another scenario nothing derived from the previous one survives.
 */

type Action =
  | { kind: 'edit'; which: number; pick: number; text: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'undoMany'; times: number }
  | { kind: 'open'; which: number }
  | { kind: 'import'; which: number }
  | { kind: 'challenge'; which: number }
  | { kind: 'author'; pick: number; expected: 'allowed' | 'blocked' }
  | { kind: 'derive'; pick: number };

const textArb = fc.oneof(
  fc.constantFrom('web', 'db-primary', '', '10.0.1.77', 'x'.repeat(300), '  spaced  '),
  fc.string({ maxLength: 12 }),
);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      which: fc.nat(11),
      pick: fc.nat(50),
      text: textArb,
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('undoMany' as const),
      times: fc.integer({ min: 2, max: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('open' as const), which: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), which: fc.nat(20) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('challenge' as const), which: fc.nat(20) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('author' as const),
      pick: fc.nat(50),
      expected: fc.constantFrom('allowed' as const, 'blocked' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('derive' as const), pick: fc.nat(50) }) },
);

const at = <T>(list: readonly T[], k: number): T | undefined => list[k % Math.max(1, list.length)];
const ids = (s: Scenario) => ({
  instances: s.instances.map((i) => i.id),
  groups: s.securityGroups.map((g) => g.id),
  subnets: s.subnets.map((n) => n.id),
  vpcs: s.vpcs.map((v) => v.id),
  all: [...s.vpcs, ...s.subnets, ...s.instances, ...s.natGateways, ...s.internetGateways].map(
    (r) => r.id,
  ),
});

/** One edit, as a panel or the canvas makes it (a refusal is fine: nothing is written then). */
function edit(which: number, pick: number, text: string): void {
  const s = useStore.getState().scenario;
  const id = ids(s);
  const instance = at(id.instances, pick);
  const group = at(id.groups, pick);
  switch (which) {
    case 0:
      renameScenario(text);
      return;
    case 1:
      if (instance) editInstance(instance, 'name', text);
      return;
    case 2:
      if (instance) editInstance(instance, 'privateIp', text);
      return;
    case 3:
      if (instance) setInstancePublicIp(instance, pick % 2 === 0);
      return;
    case 4:
      if (group)
        addGroupRule(group, 'ingress', {
          protocol: 'tcp',
          portRange: { from: 22 + pick, to: 22 + pick },
          peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
        });
      return;
    case 5:
      if (group) removeGroupRule(group, pick % 2 === 0 ? 'ingress' : 'egress', 0);
      return;
    case 6:
      if (group) renameGroup(group, text);
      return;
    case 7: {
      const target = at(id.all, pick);
      if (target) deleteNow([target]);
      return;
    }
    case 8:
      select([at(id.subnets, pick) ?? '']);
      addToSelection('instance');
      return;
    case 9:
      select([at(id.all, pick) ?? '']);
      duplicateSelection();
      return;
    case 10:
      select([at(id.all, pick) ?? '']);
      nudgeSelection(16, -16);
      return;
    default: {
      const vpc = at(id.vpcs, pick);
      if (vpc) toggleCollapsed(vpc);
    }
  }
}

/** State derived from the open scenario, as the UI leaves it: it must not outlive it. */
function derive(pick: number): void {
  const s = useStore.getState().scenario;
  const target = at(ids(s).all, pick);
  if (target) select([target]);
  copySelection();
  const flow = at(s.flows, pick);
  if (flow) previewFlow(flow);
  newDraft({ name: 'half-made' });
  askConfirmation({
    title: 'Delete?',
    text: 'really',
    confirmLabel: 'Delete',
    onConfirm: () => {},
  });
  useStore.setState((st) => ({
    measured: { [target ?? 'x']: { width: 10, height: 10 } },
    dragging: { [target ?? 'x']: { x: 1, y: 1 } },
    sim: {
      ...st.sim,
      outcomes: { [flow?.id ?? 'x']: { ok: false, error: 'old' } },
      picking: 'source',
    },
    matrix: {
      ...st.matrix,
      status: 'done',
      basis: st.scenario,
      result: {
        endpoints: [],
        endpointSpecs: [],
        internet: [],
        services: [],
        cells: new Uint8Array(0),
        classOf: new Int32Array(0),
        classes: 0,
        evaluations: 0,
      },
    },
  }));
}

const fileOf = (b: { scenario: Scenario; layout: ScenarioFile['layout'] }): ScenarioFile =>
  toScenarioFile(b.scenario, b.layout);

/** Opens a scenario; returns the teaching role it was opened in. */
function open(action: Extract<Action, { kind: 'open' | 'import' | 'challenge' }>): Teaching | null {
  if (action.kind === 'challenge') {
    const c = at(builtInChallenges, action.which);
    if (!c) return null;
    const teaching: Teaching = {
      role: 'student',
      challengeId: `ch-builtin-${c.id}`,
      title: c.title,
    };
    openScenario({ kind: 'file', file: fileOf(c), origin: 'built-in', teaching });
    return teaching;
  }
  const b = at(builtInScenarios, action.which);
  if (!b) return null;
  // An import arrives through the one parser, as a file would.
  const parsed = parseScenarioFile(JSON.parse(JSON.stringify(fileOf(b))));
  if (!parsed.ok) throw new Error('a built-in does not parse');
  openScenario({
    kind: 'file',
    file: parsed.value,
    origin: action.kind === 'open' ? 'built-in' : 'import',
    teaching: null,
  });
  return null;
}

/** The locked resources (and the challenge itself) of a scenario, to compare across a step. */
function lockedView(s: Scenario): string {
  const locked = lockedIds(s);
  const all: { id: string }[] = [
    ...s.vpcs,
    ...s.subnets,
    ...s.instances,
    ...s.securityGroups,
    ...s.networkAcls,
    ...s.routeTables,
    ...s.internetGateways,
    ...s.natGateways,
    ...s.peeringConnections,
    ...s.internetHosts,
    ...s.flows,
  ];
  return JSON.stringify({
    challenge: s.challenge,
    goals: s.flows.filter((f) => f.goal).map((f) => [f.id, f.expected]),
    locked: all.filter((r) => locked.has(r.id)),
  });
}

const snapshot = (s: StoreState): Undoable => ({ scenario: s.scenario, layout: s.layout });
const history = () => useStore.temporal.getState();

function expectFreshAfterOpen(teaching: Teaching | null): void {
  const s = useStore.getState();
  expect(s.selection).toEqual([]);
  expect(s.sim.active.flowId).toBeNull();
  expect(s.sim.active.trace).toBeNull();
  expect(s.sim.preview).toBeNull();
  expect(s.sim.draft).toBeNull();
  expect(s.sim.picking).toBeNull();
  expect(s.sim.outcomes).toEqual({});
  expect(s.matrix.result).toBeNull();
  expect(s.matrix.basis).toBeNull();
  expect(s.matrix.status).toBe('idle');
  expect(s.confirmation).toBeNull();
  expect(s.measured).toEqual({});
  expect(s.dragging).toEqual({});
  expect(hasCopied()).toBe(false);
  expect(history().pastStates).toHaveLength(0);
  expect(history().futureStates).toHaveLength(0);
  expect(s.teaching).toEqual(teaching);
}

const initial = useStore.getState();
let stop: () => void = () => {};

describe('the store, driven by random sequences of actions', () => {
  // IndexedDB (fake-indexeddb) runs on setImmediate, which stays real.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('keeps the scenario valid, the locks held, undo exact, and nothing derived across an open', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 40 }), async (actions) => {
        await keeper()?.settled();
        stop();
        useStore.setState(initial, true);
        resetLibraryForTests();
        freshIndexedDb();
        const first = builtInScenarios[0];
        if (!first) throw new Error('no built-in');
        const tab = fakeTab(memoryStorage());
        stop = (
          await startLibrary(persistenceOf(tab, { channel: false }), {
            fresh: fileOf(first),
            delayMs: 0,
          })
        ).stop;
        let past: Undoable[] = [];
        let future: Undoable[] = [];

        for (const action of actions) {
          const before = useStore.getState();
          const steps = history().pastStates.length;
          switch (action.kind) {
            case 'undo':
            case 'redo':
            case 'undoMany': {
              const times = action.kind === 'undoMany' ? action.times : 1;
              for (let k = 0; k < times; k++) {
                const from = action.kind === 'redo' ? future : past;
                const to = action.kind === 'redo' ? past : future;
                const expected = from.pop();
                const now = snapshot(useStore.getState());
                if (action.kind === 'redo') redo();
                else undo();
                if (expected === undefined) {
                  expect(snapshot(useStore.getState())).toEqual(now);
                  continue;
                }
                to.push(now);
                const got = snapshot(useStore.getState());
                expect(got.scenario).toBe(expected.scenario);
                expect(got.layout).toBe(expected.layout);
              }
              break;
            }
            case 'open':
            case 'import':
            case 'challenge': {
              const teaching = open(action);
              expectFreshAfterOpen(teaching);
              past = [];
              future = [];
              break;
            }
            case 'author':
            case 'edit': {
              if (action.kind === 'edit') edit(action.which, action.pick, action.text);
              else {
                const flows = before.scenario.flows;
                const goal = at(flows, action.pick);
                const lock = at(ids(before.scenario).all, action.pick);
                authorChallenge({
                  task: 'random',
                  goalIds: goal ? [goal.id] : [],
                  expected: goal ? { [goal.id]: action.expected } : {},
                  locked: lock && action.pick % 3 !== 0 ? [lock] : [],
                });
              }
              const after = useStore.getState();
              if (history().pastStates.length > steps) {
                past.push(snapshot(before));
                future = [];
              }
              if (before.teaching?.role === 'student') {
                expect(lockedView(after.scenario)).toBe(lockedView(before.scenario));
              }
              break;
            }
            case 'derive':
              derive(action.pick);
              break;
          }
          vi.runOnlyPendingTimers();
          const { scenario, layout } = useStore.getState();
          const parsed = parseScenarioFile(
            JSON.parse(JSON.stringify(toScenarioFile(scenario, layout))),
          );
          expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
