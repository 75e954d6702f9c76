import { describe, expect, it } from 'vitest';
import { ExpectationsError, parseExpectations } from './parse.ts';

const at = (text: string): string => {
  try {
    parseExpectations(text, 'expect.yaml');
  } catch (error) {
    if (error instanceof ExpectationsError) return error.message;
    throw error;
  }
  return 'parsed';
};

const invariant = (to: string, services = '[tcp/5432]') =>
  `version: 1\ninvariants:\n  - name: x\n    from: internet\n    to: ${to}\n    services: ${services}\n    expect: blocked\n`;

describe('parseExpectations (spec/ci-check.md, "check --expect")', () => {
  it('reads services, flows and invariants with the line and column of each', () => {
    const e = parseExpectations(
      `version: 1\nservices:\n  postgres: tcp/5432\nflows:\n  - name: web reaches the database\n    from: aws_instance.web\n    to: aws_db_instance.main\n    service: postgres\n    expect: allowed\ninvariants:\n  - name: internet\n    from: internet\n    to: { subnet-tag: { Tier: data } }\n    services: [tcp/0-65535, udp/0-65535, icmp]\n    expect: blocked\n`,
      'e.yaml',
    );
    expect(e.flows).toHaveLength(1);
    expect(e.flows[0]).toMatchObject({
      at: { line: 5, column: 5 },
      service: { protocol: 'tcp', from: 5432, to: 5432 },
      expect: 'allowed',
    });
    expect(e.invariants[0]).toMatchObject({
      at: { line: 11, column: 5 },
      from: { kind: 'internet' },
      to: { kind: 'subnet-tag', tags: { Tier: 'data' } },
      services: [
        { protocol: 'tcp', from: 0, to: 65535 },
        { protocol: 'udp', from: 0, to: 65535 },
        { protocol: 'icmp' },
      ],
    });
  });

  it('reads JSON too (it is YAML), and protocol + port flows', () => {
    const e = parseExpectations(
      '{"version": 1, "flows": [{"name": "ssh", "from": "a", "to": "b", "protocol": "tcp", "port": 22, "expect": "blocked"}]}',
      'e.json',
    );
    expect(e.flows[0]?.service).toEqual({ protocol: 'tcp', from: 22, to: 22 });
  });

  it('reads not, any-of and several keys as all of them', () => {
    const e = parseExpectations(
      invariant('{ not: { any-of: [{ vpc: main }, { cidr: 10.0.0.0/8 }] }, tag: { Team: a } }'),
      'e.yaml',
    );
    expect(e.invariants[0]?.to).toMatchObject({
      kind: 'all-of',
      of: [
        { kind: 'not', of: { kind: 'any-of', of: [{ kind: 'vpc' }, { kind: 'cidr' }] } },
        { kind: 'tag', tags: { Team: 'a' } },
      ],
    });
  });

  it('names an unknown selector by path, line and column', () => {
    expect(at(invariant('{ subnet_tag: { Tier: data } }'))).toBe(
      'expect.yaml:5:11: invariants[0].to.subnet_tag: unknown selector "subnet_tag" (expected vpc, subnet, security-group, tag, subnet-tag, cidr, not, any-of)',
    );
  });

  it('names a bad port range', () => {
    expect(at(invariant('internet', '[tcp/22, tcp/0-70000]'))).toBe(
      'expect.yaml:6:24: invariants[0].services[1]: "tcp/0-70000": a port is 0-65535, got 70000',
    );
    expect(at(invariant('internet', '[tcp/90-80]'))).toMatch(
      /^expect\.yaml:6:16: .*the first port \(90\) is above the last \(80\)/,
    );
  });

  it('names a YAML syntax error by line and column', () => {
    expect(at('version: 1\nflows:\n  - name: x\n    from: [a\n')).toMatch(
      /^expect\.yaml:5:1: YAML syntax error: /,
    );
    expect(at('version: 1\nversion: 1\n')).toMatch(
      /^expect\.yaml:2:1: YAML syntax error: .*unique/,
    );
  });

  it('names an unknown key before the key it was meant to be', () => {
    expect(
      at(
        'version: 1\nflows:\n  - name: x\n    form: a\n    to: b\n    service: tcp/22\n    expect: allowed\n',
      ),
    ).toBe('expect.yaml:4:5: flows[0].form: unknown key "form"');
  });

  it('names an unknown service, a wrong version and a wrong expect', () => {
    expect(at(invariant('internet', '[postgress]'))).toMatch(
      /^expect\.yaml:6:16: invariants\[0\]\.services\[0\]: unknown service "postgress"/,
    );
    expect(at('version: 2\n')).toBe('expect.yaml:1:10: version: expected 1');
    expect(
      at('version: 1\nflows:\n  - { name: x, from: a, to: b, service: tcp/22, expect: allow }\n'),
    ).toBe('expect.yaml:3:57: flows[0].expect: expected allowed or blocked');
  });

  it('refuses a range as a flow, which is one port', () => {
    expect(
      at(
        'version: 1\nflows:\n  - { name: x, from: a, to: b, service: tcp/1-2, expect: allowed }\n',
      ),
    ).toMatch(/flows\[0\]\.service: a flow is one port/);
  });
});
