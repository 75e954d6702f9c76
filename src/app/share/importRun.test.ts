import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { threeTierLayout, threeTierScenario } from '../../scenarios/index.ts';
import { loadScenario, useStore } from '../../store/index.ts';
import { importStateNow, resetImport, runImport } from './importRun.ts';

const BUNDLE = new URL('../../../../shared/samples/acme-prod/bundle.json', import.meta.url);
const initial = useStore.getState();

beforeEach(() => {
  useStore.setState(initial, true);
  loadScenario(threeTierScenario, threeTierLayout);
  resetImport();
});

describe('running an import', () => {
  it.skipIf(!existsSync(BUNDLE))(
    'lays out an AWS bundle, opens it and reports what was modelled',
    async () => {
      await runImport([{ name: 'bundle.json', text: readFileSync(BUNDLE, 'utf8') }]);
      expect(importStateNow()).toEqual({
        status: 'done',
        done: {
          name: 'AWS: acme-prod, acme-shared',
          source: 'bundle.json',
          counts: '2 VPCs, 7 subnets, 9 instances',
          warnings: [],
        },
      });
      const { scenario, layout, dialog } = useStore.getState();
      expect(scenario.name).toBe('AWS: acme-prod, acme-shared');
      expect(dialog).toBe('import');
      const placed = [...scenario.vpcs, ...scenario.subnets, ...scenario.instances];
      for (const { id } of placed) expect(layout.nodes[id], id).toBeDefined();
    },
  );

  it('leaves the open scenario as it was when the input cannot be read', async () => {
    const before = useStore.getState().scenario;
    await runImport([{ name: 'notes.json', text: '{"Vpcs": [{"VpcId": 7}]}' }]);
    const state = importStateNow();
    expect(state.status).toBe('failed');
    expect(state.status === 'failed' && state.error).toMatch(/^notes\.json: Vpcs\[0\]\.VpcId: /);
    expect(useStore.getState().scenario).toBe(before);
  });

  it('opens a native file at once and closes the dialog', async () => {
    const file = { format: 'vpc-flow-lab', version: 1, scenario: { name: 'Mine' } };
    await runImport([{ name: 'mine.json', text: JSON.stringify(file) }]);
    expect(importStateNow()).toEqual({ status: 'idle' });
    expect(useStore.getState().scenario.name).toBe('Mine');
    expect(useStore.getState().dialog).toBeNull();
    expect(useStore.getState().messages.at(-1)?.text).toMatch(/^Opened “Mine” from mine\.json/);
  });

  it('lays out a scenario file that comes without a layout', async () => {
    const file = {
      format: 'vpc-flow-lab',
      version: 1,
      scenario: {
        name: 'Written by a script',
        vpcs: [{ id: 'vpc-1', name: 'a', cidrBlocks: ['10.0.0.0/16'] }],
        subnets: [{ id: 'subnet-1', name: 's', vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24' }],
      },
    };
    await runImport([{ name: 'script.json', text: JSON.stringify(file) }]);
    const { layout } = useStore.getState();
    expect(layout.nodes['vpc-1']?.width).toBeGreaterThan(0);
    expect(layout.nodes['subnet-1']).toMatchObject({ x: 40, y: 56 });
  });
});
