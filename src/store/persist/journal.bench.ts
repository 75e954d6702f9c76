import { bench, describe } from 'vitest';
import { toScenarioFile } from '../../model/envelope.ts';
import type { Scenario } from '../../model/types.ts';
import { threeTierLayout, threeTierScenario } from '../../scenarios/index.ts';
import { digestOf } from './entries.ts';
import { memoryStorage } from './fakeBrowser.testing.ts';
import { writeJournal, type JournalRecord } from './journal.ts';

// The journal is written synchronously on every change (effects/journal.ts): what one write costs
// for the example and for a large one. (Over 20 ms the journal is written at most once a second,
// and always at pagehide.)

/** The example with 200 instances in each of its three subnets (600 in all). */
function large(): Scenario {
  const s = threeTierScenario;
  const instances = s.subnets.flatMap((subnet, k) =>
    Array.from({ length: 200 }, (_, n) => ({
      id: `i-${(k * 1000 + n + 1).toString(16).padStart(17, '0')}`,
      name: `host-${k}-${n}`,
      subnetId: subnet.id,
      privateIp: subnet.cidrBlock.replace(/\.0\/24$/, `.${n + 20}`),
      securityGroupIds: [s.securityGroups[1]?.id ?? ''],
    })),
  );
  return { ...s, instances: [...s.instances, ...instances] };
}
const record = (file: ReturnType<typeof toScenarioFile>): JournalRecord => ({
  v: 1,
  tab: 'tbench',
  id: 'kbench',
  base: 1,
  at: 0,
  name: file.scenario.name,
  origin: 'import',
  created: 0,
  file,
});

const small = record(toScenarioFile(threeTierScenario, threeTierLayout));
const big = record(toScenarioFile(large()));
const storage = memoryStorage();

describe('the journal, one synchronous write', () => {
  bench('three-tier example', () => {
    writeJournal(storage, small);
  });
  bench(`${big.file.scenario.instances.length} instances`, () => {
    writeJournal(storage, big);
  });
});

describe('the digest that keeps one file once (SHA-256 of the canonical content)', () => {
  bench(`${big.file.scenario.instances.length} instances`, () => {
    digestOf(big.file);
  });
});
