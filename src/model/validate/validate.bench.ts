import { bench, describe } from 'vitest';
import type { Scenario } from '../types.ts';
import { cleanScenario, find } from './fixtures.ts';
import { validate } from './index.ts';

// The brief's figure: validate must stay fast on a thousand instances (each address parsed once).
function thousandInstances(): Scenario {
  const s = cleanScenario();
  find(s.vpcs, 'vpc-a').cidrBlocks.push('10.8.0.0/16');
  for (let n = 0; n < 10; n++) {
    s.subnets.push({
      id: `subnet-big${n}`,
      name: `big${n}`,
      vpcId: 'vpc-a',
      cidrBlock: `10.8.${n * 16}.0/20`,
      availabilityZone: 'us-east-1a',
    });
  }
  for (let n = 0; n < 1000; n++) {
    const subnet = n % 10;
    s.instances.push({
      id: `i-n${n}`,
      name: `n${n}`,
      subnetId: `subnet-big${subnet}`,
      privateIp: `10.8.${subnet * 16 + Math.floor(n / 200)}.${(n % 200) + 10}`,
      publicIp: `198.51.${Math.floor(n / 250)}.${n % 250}`,
      securityGroupIds: ['sg-db', 'sg-web'],
    });
  }
  return s;
}

describe('validate', () => {
  const s = thousandInstances();
  bench('1,000 instances in 10 subnets', () => {
    validate(s);
  });
});
