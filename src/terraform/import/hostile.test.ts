import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../model/schema.ts';
import { importTerraform } from './importTerraform.ts';

/**
 * Bad input gets a message, never a crash: any attribute of any resource of the fixtures, and any
 * expression of the configuration, replaced by any JSON value, still gives a scenario or issues
 * naming where (never an exception).
 */

const fixtures = [
  'modules-count-foreach.plan.json',
  'defaults-inline-rules.state.json',
  'tighten-db.plan.json',
  'tgw-rds-endpoint.plan.json',
].map(
  (name) =>
    JSON.parse(
      readFileSync(new URL(`../__fixtures__/${name}`, import.meta.url), 'utf8'),
    ) as unknown,
);

/** Every object reachable in a document, with the keys it holds: where a value can be swapped. */
function slots(root: unknown): Array<[Record<string, unknown>, string]> {
  const out: Array<[Record<string, unknown>, string]> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        out.push([node as Record<string, unknown>, key]);
        walk(value);
      }
    }
  };
  walk(root);
  return out;
}

describe('importTerraform on hostile input', () => {
  it('never throws when any value of a real document is replaced', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: fixtures.length - 1 }),
        fc.nat(),
        fc.jsonValue({ maxDepth: 3 }),
        fc.boolean(),
        (which, where, value, before) => {
          const doc = structuredClone(fixtures[which]);
          const all = slots(doc);
          const [holder, key] = all[where % all.length] as [Record<string, unknown>, string];
          holder[key] = value;
          const result = importTerraform(doc, { before });
          if (result.ok) {
            // Whatever was read is a valid scenario: values are checked on the way in.
            const checked = ScenarioSchema.safeParse(result.value.scenario);
            expect(checked.success ? [] : checked.error.issues).toEqual([]);
          } else {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) expect(typeof e.message).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follows references that go round in a loop without hanging', () => {
    const call = (name: string, other: string) => ({
      source: `./${name}`,
      expressions: { x: { references: [`module.${other}.x`, `module.${other}`] } },
      module: {
        outputs: { x: { expression: { references: ['var.x'] } } },
        resources: [
          {
            address: 'aws_subnet.s',
            mode: 'managed',
            type: 'aws_subnet',
            name: 's',
            expressions: { vpc_id: { references: ['var.x'] } },
          },
        ],
      },
    });
    const doc = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          child_modules: [
            {
              address: 'module.a',
              resources: [
                {
                  address: 'module.a.aws_subnet.s',
                  mode: 'managed',
                  type: 'aws_subnet',
                  name: 's',
                  values: { cidr_block: '10.0.0.0/24' },
                },
              ],
            },
          ],
        },
      },
      resource_changes: [
        {
          address: 'module.a.aws_subnet.s',
          change: { actions: ['create'], after_unknown: { vpc_id: true } },
        },
      ],
      configuration: { root_module: { module_calls: { a: call('a', 'b'), b: call('b', 'a') } } },
    };
    const result = importTerraform(doc);
    expect(result.ok && result.value.warnings[0]).toMatch(
      /^module\.a\.aws_subnet\.s: vpc_id of module\.a\.aws_subnet\.s is known only after apply/,
    );
  });
});
