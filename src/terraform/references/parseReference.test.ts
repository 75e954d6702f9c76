import { describe, expect, it } from 'vitest';
import { distinctReferences, parseReference } from './parseReference.ts';

// Terraform lists each reference from its longest traversal down to the object
// (internal/command/jsonconfig/expression.go, marshalExpression): "aws_vpc.main.id", "aws_vpc.main".
describe('references of the configuration', () => {
  it('reads resources, data sources, variables, module outputs and iteration symbols', () => {
    expect(parseReference('aws_vpc.main.id')).toEqual({
      kind: 'resource',
      mode: 'managed',
      type: 'aws_vpc',
      name: 'main',
      attribute: 'id',
    });
    expect(parseReference('aws_subnet.a["x"].id')).toMatchObject({ key: 'x', attribute: 'id' });
    expect(parseReference('data.aws_vpc.default.id')).toMatchObject({ mode: 'data' });
    expect(parseReference('var.vpc_id')).toEqual({ kind: 'variable', name: 'vpc_id' });
    expect(parseReference('module.net[0].vpc_id')).toEqual({
      kind: 'module-output',
      module: 'net',
      key: 0,
      output: 'vpc_id',
    });
    expect(parseReference('count.index')).toEqual({ kind: 'count-index' });
    expect(parseReference('each.key')).toEqual({ kind: 'each-key' });
    expect(parseReference('each.value.subnet_id')).toEqual({
      kind: 'each-value',
      attribute: 'subnet_id',
    });
    expect(parseReference('local.prefix')).toEqual({ kind: 'other', text: 'local.prefix' });
  });

  it('keeps the longest form of each object named', () => {
    const refs = distinctReferences([
      'aws_subnet.a[0].id',
      'aws_subnet.a[0]',
      'aws_subnet.a',
      'aws_security_group.web.id',
      'aws_security_group.web',
      'module.net.vpc_id',
      'module.net',
    ]);
    expect(refs).toEqual([
      { kind: 'resource', mode: 'managed', type: 'aws_subnet', name: 'a', key: 0, attribute: 'id' },
      {
        kind: 'resource',
        mode: 'managed',
        type: 'aws_security_group',
        name: 'web',
        attribute: 'id',
      },
      { kind: 'module-output', module: 'net', output: 'vpc_id' },
    ]);
  });

  it('keeps an unkeyed resource paired by count.index, as Terraform 0.12 lists it', () => {
    expect(distinctReferences(['aws_subnet.a', 'count.index'])).toEqual([
      { kind: 'resource', mode: 'managed', type: 'aws_subnet', name: 'a' },
      { kind: 'count-index' },
    ]);
  });
});
