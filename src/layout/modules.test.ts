import { describe, expect, it } from 'vitest';
import { emptyScenario } from '../model/defaults.ts';
import { groupByModule, moduleOf } from './modules.ts';

describe('Terraform modules in the layout', () => {
  it.each([
    ['aws_vpc.main', ''],
    ['module.net.aws_vpc.this[0]', 'module.net'],
    ['module.app["eu"].module.net.aws_vpc.this', 'module.app["eu"].module.net'],
    ['module.a[2].aws_subnet.private["x.y"]', 'module.a[2]'],
  ])('%s is declared in module %j', (address, module) => {
    expect(moduleOf(address)).toBe(module);
  });

  it('packs the VPCs of one module next to each other, the root module first', () => {
    const vpcs = ['vpc-1', 'vpc-2', 'vpc-3', 'vpc-4'].map((id) => ({ id }));
    const scenario = {
      ...emptyScenario('t'),
      terraform: {
        source: 'state' as const,
        addresses: {
          'vpc-1': 'module.spoke.aws_vpc.this[0]',
          'vpc-2': 'module.hub.aws_vpc.this',
          'vpc-3': 'module.spoke.aws_vpc.this[1]',
          'vpc-4': 'aws_vpc.shared',
        },
        placeholderIds: [],
        assumedAddresses: {},
      },
    };
    expect(groupByModule(scenario, vpcs).map((v) => v.id)).toEqual([
      'vpc-4',
      'vpc-2',
      'vpc-1',
      'vpc-3',
    ]);
    expect(groupByModule(emptyScenario('t'), vpcs)).toEqual(vpcs);
  });
});
