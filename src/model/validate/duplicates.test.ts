import { describe, expect, it } from 'vitest';
import { cleanScenario, find, pick } from './fixtures.ts';
import { error } from './finding.ts';
import { validate } from './index.ts';

describe('duplicate IDs', () => {
  it('reports a second resource with an ID already in use', () => {
    const s = cleanScenario();
    s.subnets.push({ ...find(s.subnets, 'subnet-b'), cidrBlock: '10.1.1.0/24' });
    expect(pick(validate(s), 'duplicate-id')).toEqual([
      error(
        'duplicate-id',
        'subnet-b',
        'id',
        'The ID subnet-b of this subnet is already used by another subnet.',
      ),
    ]);
  });

  it('reports every extra copy, of any kind of resource', () => {
    const s = cleanScenario();
    s.internetGateways.push({ id: 'igw-a', name: 'again' }, { id: 'igw-a', name: 'and again' });
    s.flows.push({ ...find(s.flows, 'flow-1') });
    expect(pick(validate(s), 'duplicate-id').map((f) => f.resourceId)).toEqual([
      'igw-a',
      'igw-a',
      'flow-1',
    ]);
  });
});
