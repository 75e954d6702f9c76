import { beforeEach, describe, expect, it } from 'vitest';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { useStore } from '../store.ts';
import {
  canvasIds,
  deleteSelection,
  deletionNeedsConfirmation,
  renameScenario,
  selectAll,
} from './document.ts';
import { loadScenario } from '../open.ts';
import { select } from './selection.ts';
import { answerConfirmation } from './ui.ts';

const initial = useStore.getState();
const state = () => useStore.getState();

describe('delete with its cascade', () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    loadScenario(threeTierScenario, threeTierLayout);
  });

  it('deletes a lone instance at once, without asking', () => {
    // db-2 is named by no saved flow, so nothing goes with it.
    select([ID.db2]);
    deleteSelection();
    expect(state().confirmation).toBeNull();
    expect(state().scenario.instances.map((i) => i.id)).not.toContain(ID.db2);
    expect(state().layout.nodes[ID.db2]).toBeUndefined();
    expect(state().selection).toEqual([]);
  });

  it('says what goes with a VPC before deleting anything, and Cancel keeps it all', () => {
    select([ID.vpc]);
    deleteSelection();
    const question = state().confirmation;
    expect(question?.text).toMatch(
      /^Deleting vpc-0a1b2c3d4e5f60001 \(three-tier\) also deletes 3 subnets, 6 instances/,
    );
    expect(state().scenario).toBe(threeTierScenario);
    answerConfirmation(false);
    expect(state().scenario).toBe(threeTierScenario);
  });

  it('deletes the VPC and all it holds when confirmed, as one undo step', () => {
    select([ID.vpc]);
    deleteSelection();
    answerConfirmation(true);
    expect(state().scenario.vpcs).toEqual([]);
    expect(state().scenario.instances).toEqual([]);
    expect(Object.keys(state().layout.nodes)).not.toContain(ID.web1);
    useStore.temporal.getState().undo();
    expect(state().scenario).toBe(threeTierScenario);
  });

  it('asks when what remains is mended, though nothing else is deleted', () => {
    const cascade = { ids: [ID.igw], summary: 'Deleting igw-1 turns 1 route into blackholes.' };
    expect(deletionNeedsConfirmation(cascade, [ID.igw])).toBe(true);
    const alone = { ids: [ID.db2], summary: 'Deleting i-1 (db-2) affects nothing else.' };
    expect(deletionNeedsConfirmation(alone, [ID.db2])).toBe(false);
  });

  it('says so when only parts that go with their VPC were selected', () => {
    select([ID.defaultSg]);
    deleteSelection();
    expect(state().confirmation).toBeNull();
    expect(state().messages.at(-1)?.text).toMatch(/stays/);
    expect(state().scenario).toBe(threeTierScenario);
  });
});

describe('select all and rename', () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    loadScenario(threeTierScenario, threeTierLayout);
  });

  it('selects every node of the canvas', () => {
    selectAll();
    expect(state().selection).toEqual(canvasIds(threeTierScenario));
    expect(state().selection).toContain(ID.nat);
    expect(state().selection).not.toContain(ID.sgDb);
  });

  it('renames the scenario, and refuses a name past the limit', () => {
    expect(renameScenario('  Lab 1 ')).toBe(true);
    expect(state().scenario.name).toBe('Lab 1');
    expect(renameScenario('x'.repeat(257))).toBe(false);
    expect(state().scenario.name).toBe('Lab 1');
    expect(state().messages.at(-1)?.kind).toBe('error');
  });
});
