import { beforeEach, describe, expect, it } from 'vitest';
import { emptyScenario } from '../model/defaults.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../scenarios/threeTier.ts';
import { loadScenario, select, useStore } from '../store/index.ts';
import { COMMANDS, command, currentContext, isEnabled } from './commands.ts';
import { pickCommand } from './dispatch.ts';
import { parseCombo } from './keys.ts';

const initial = useStore.getState();
const enabled = (id: string) => isEnabled(command(id), currentContext());
const press = (key: string, extra: Record<string, boolean> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('the command registry', () => {
  beforeEach(() => {
    useStore.setState(initial, true);
    loadScenario(threeTierScenario, threeTierLayout);
  });

  it('has unique IDs and well-formed combos', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS)
      for (const combo of c.keys) expect(() => parseCombo(combo)).not.toThrow();
  });

  it('gives each combo to one command only', () => {
    const owner = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const combo of c.keys) {
        expect(owner.get(combo), `${combo} is taken by ${owner.get(combo)}`).toBeUndefined();
        owner.set(combo, c.id);
      }
    }
  });

  it('has the shortcuts the issue names', () => {
    const keysOf = (id: string) => command(id).keys;
    expect(keysOf('undo')).toEqual(['Mod+Z']);
    expect(keysOf('redo')).toEqual(['Mod+Shift+Z', 'Ctrl+Y']);
    expect(keysOf('delete')).toEqual(['Delete', 'Backspace']);
    expect(keysOf('shortcuts')).toEqual(['?']);
    expect(keysOf('find')).toContain('Mod+F');
  });

  it('disables undo and redo while the history is empty that way', () => {
    expect(enabled('undo')).toBe(false);
    expect(enabled('redo')).toBe(false);
    useStore.setState({ scenario: { ...useStore.getState().scenario, name: 'edited' } });
    expect(enabled('undo')).toBe(true);
    useStore.temporal.getState().undo();
    expect(enabled('undo')).toBe(false);
    expect(enabled('redo')).toBe(true);
  });

  it('needs a selection to delete, copy, duplicate or move', () => {
    for (const id of ['delete', 'copy', 'duplicate', 'nudge']) expect(enabled(id)).toBe(false);
    select([ID.db1]);
    for (const id of ['delete', 'copy', 'duplicate', 'nudge']) expect(enabled(id)).toBe(true);
  });

  it('says what to select when Shift+S has no VPC to add a subnet to', () => {
    const cmd = pickCommand(COMMANDS, press('S', { shiftKey: true }), currentContext(), false);
    expect(cmd?.id).toBe('add-subnet');
    cmd?.run();
    expect(useStore.getState().scenario.subnets).toHaveLength(3);
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/Select a VPC/);
  });

  it('runs a key press through the registry: Shift+I adds an instance to the selected subnet', () => {
    select([ID.privateDb]);
    const cmd = pickCommand(COMMANDS, press('I', { shiftKey: true }), currentContext(), false);
    expect(cmd?.id).toBe('add-instance');
    cmd?.run();
    const s = useStore.getState();
    expect(s.scenario.instances).toHaveLength(7);
    const added = s.scenario.instances.find((i) => i.id === s.selection[0]);
    expect(added).toMatchObject({ subnetId: ID.privateDb, privateIp: '10.0.3.4' });
    expect(useStore.getState().layout.nodes[added!.id]).toBeDefined();
  });

  it('moves the selection by the arrow pressed, Shift for further', () => {
    select([ID.db1]);
    const x = () => useStore.getState().layout.nodes[ID.db1]?.x ?? NaN;
    const before = x();
    const near = pickCommand(COMMANDS, press('ArrowRight'), currentContext(), false);
    expect(near?.id).toBe('nudge');
    near?.run(press('ArrowRight'));
    const once = x() - before;
    expect(once).toBeGreaterThan(0);
    const shift = press('ArrowRight', { shiftKey: true });
    const far = pickCommand(COMMANDS, shift, currentContext(), false);
    expect(far?.id).toBe('nudge-far');
    far?.run(shift);
    expect(x() - before - once).toBeGreaterThan(once);
  });

  it('opens Find with / and the shortcuts with ?', () => {
    pickCommand(COMMANDS, press('/'), currentContext(), false)?.run();
    expect(useStore.getState().dialog).toBe('find');
    pickCommand(COMMANDS, press('?', { shiftKey: true }), currentContext(), false)?.run();
    expect(useStore.getState().dialog).toBe('shortcuts');
  });

  it('toggles the theme and snapping', () => {
    const theme = useStore.getState().theme;
    command('toggle-theme').run();
    expect(useStore.getState().theme).not.toBe(theme);
    const snap = useStore.getState().snapToGrid;
    command('toggle-snap').run();
    expect(useStore.getState().snapToGrid).toBe(!snap);
  });

  it('asks before a new scenario replaces the current one', () => {
    command('new-scenario').run();
    expect(useStore.getState().scenario.name).toBe(threeTierScenario.name);
    const question = useStore.getState().confirmation;
    expect(question?.text).toMatch(/replaces the current scenario/);
    question?.onConfirm();
    expect(useStore.getState().scenario).toEqual(emptyScenario());
  });
});
