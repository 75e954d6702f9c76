import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { threeTierLayout, threeTierScenario } from '../../scenarios/index.ts';
import { loadScenario, useStore } from '../../store/index.ts';
import { readTerraformText } from '../../worker/terraformRead.ts';
import { importStateNow, resetImport, runImport } from './importRun.ts';
import { carryFlows } from './planViews.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../terraform/__fixtures__/${name}`, import.meta.url), 'utf8');
const TERRAGOAT = new URL(
  '../../../../shared/samples/terraform-public/checkov-terragoat.tfplan.json',
  import.meta.url,
);
const OPEN_DB = fixture('open-db.plan.json');
const initial = useStore.getState();

beforeEach(() => {
  useStore.setState(initial, true);
  loadScenario(threeTierScenario, threeTierLayout);
  resetImport();
});

describe('importing terraform show -json in the app', () => {
  it('opens a plan after apply and says what was read, assumed and skipped', async () => {
    await runImport([{ name: 'open-db.plan.json', text: OPEN_DB }]);
    const state = importStateNow();
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    expect(state.done.terraform).toMatchObject({ kind: 'plan', view: 'after-apply' });
    expect(state.done.terraform?.read).toContain('aws_vpc_security_group_ingress_rule.db_from_app');
    const { scenario, layout } = useStore.getState();
    expect(scenario.terraform?.source).toBe('plan');
    expect(layout.nodes['i-0b2c3d4e5f6a70001']).toBeDefined();
  });

  it('opens the same plan as it is now (prior_state) when asked', async () => {
    await runImport([{ name: 'open-db.plan.json', text: OPEN_DB }], 'now');
    const state = importStateNow();
    expect(state.status === 'done' && state.done.terraform?.view).toBe('now');
    expect(useStore.getState().scenario.terraform?.source).toBe('plan-prior-state');
  });

  it.skipIf(!existsSync(TERRAGOAT))('lists the assumed addresses of TerraGoat', async () => {
    await runImport([{ name: 'terragoat.json', text: readFileSync(TERRAGOAT, 'utf8') }]);
    const state = importStateNow();
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    expect(state.done.terraform?.assumed.some((a) => a.startsWith('aws_instance.web_host'))).toBe(
      true,
    );
    expect(state.done.terraform?.skipped.length).toBeGreaterThan(0);
  });

  // Each refusal keeps the open scenario and says, beside the input, which command makes the file.
  it.each([
    [
      'the plan -json log stream',
      '{"@level":"info","@message":"Terraform 1.6.6","type":"version"}\n',
      /terraform show -json tfplan/,
    ],
    [
      'a raw terraform.tfstate',
      JSON.stringify({ version: 4, serial: 3, lineage: 'x', resources: [] }),
      /raw terraform\.tfstate/,
    ],
    [
      'an unknown major format_version',
      JSON.stringify({ format_version: '2.0', planned_values: {} }),
      /format_version "2\.0" \(major version 2\) is not supported/,
    ],
  ])('refuses %s in one line and changes nothing', async (_what, text, hint) => {
    const before = useStore.getState().scenario;
    await runImport([{ name: 'bad.json', text }]);
    const state = importStateNow();
    expect(state.status).toBe('failed');
    expect(state.status === 'failed' && state.error).toMatch(/^bad\.json: /);
    expect(state.status === 'failed' && state.error).toMatch(hint);
    expect(state.status === 'failed' && state.error).not.toMatch(/\n/);
    expect(useStore.getState().scenario).toBe(before);
  });

  it('refuses a plan picked together with other files', async () => {
    await runImport([
      { name: 'open-db.plan.json', text: OPEN_DB },
      { name: 'vpcs.json', text: '{"Vpcs": []}' },
    ]);
    expect(importStateNow()).toMatchObject({ status: 'failed', error: /opens on its own/ });
  });
});

describe('carrying saved flows between the views of a plan', () => {
  it('matches endpoints by Terraform address and leaves out those the view lacks', () => {
    const read = (view: 'now' | 'after-apply') => {
      const got = readTerraformText(fixture('tighten-db.plan.json'), { view });
      if (got.kind !== 'read') throw new Error('fixture not read');
      return got.value.scenario;
    };
    const now = read('now');
    const flow = (id: string, source: string) => ({
      id,
      name: id,
      source: { instanceId: source },
      destination: { instanceId: 'i-0b2c3d4e5f6a70002', address: '10.40.2.10' },
      protocol: 'tcp' as const,
      port: 5432,
    });
    const withFlows = {
      ...now,
      flows: [flow('app-db', 'i-0b2c3d4e5f6a70001'), flow('old-db', 'i-0b2c3d4e5f6a70003')],
    };
    const oldId = Object.entries(now.terraform?.addresses ?? {}).find(
      ([, a]) => a === 'aws_instance.old',
    )?.[0];
    expect(oldId).toBe('i-0b2c3d4e5f6a70003');
    const carried = carryFlows(withFlows, read('after-apply'));
    expect(carried.flows.map((f) => f.name)).toEqual(['app-db']);
    expect(carried.flows[0]?.destination).toEqual({
      instanceId: 'i-0b2c3d4e5f6a70002',
      address: '10.40.2.10',
    });
    expect(carried.dropped).toEqual(['old-db']);
  });
});
