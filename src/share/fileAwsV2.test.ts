import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeImportProblem, readImport, type PickedText } from './file.ts';

/**
 * The app's import (pick, drop or paste) of AWS configuration with the version 2 keys: the
 * extended sample opens; bad input names the file and the JSON path, and nothing is opened.
 */

const SAMPLE = new URL('../aws/__fixtures__/acme-extended/', import.meta.url);
const sample = (name: string): PickedText => ({
  name,
  text: readFileSync(new URL(name, SAMPLE), 'utf8'),
});

const problem = (inputs: PickedText[]) => {
  const r = readImport(inputs);
  if (r.ok) throw new Error('expected a refusal');
  return describeImportProblem(r.errors);
};

describe('importing the extended sample in the app', () => {
  it('reads the bundle with its interfaces, endpoints, prefix lists and transit gateway', () => {
    const r = readImport([sample('bundle.json')]);
    if (!r.ok || r.value.kind !== 'aws') throw new Error('expected an AWS import');
    const s = r.value.scenario;
    expect(s.vpcs).toHaveLength(3);
    expect(s.networkInterfaces.map((n) => n.kind)).toContain('rds');
    expect(s.vpcEndpoints).toHaveLength(2);
    expect(s.prefixLists).toHaveLength(2);
    expect(s.transitGatewayAttachments).toHaveLength(4);
    expect(r.value.warnings).toHaveLength(2);
  });

  it('reads the describe-* outputs picked together; without the per-list and per-table calls it says what is missing', () => {
    const names = readdirSync(new URL('describe/', SAMPLE)).filter((n) =>
      n.startsWith('describe-'),
    );
    const r = readImport(names.map((n) => sample(`describe/${n}`)));
    if (!r.ok || r.value.kind !== 'aws') throw new Error('expected an AWS import');
    expect(r.value.source).toBe(`${names.length} files`);
    expect(r.value.scenario.transitGatewayRouteTables).toHaveLength(2);
    expect(r.value.warnings).toContain(
      'tgw-rtb-0f6a53fbcf2ab8e41: its routes are not in the bundle (TransitGatewayRoutes); it is read as having none',
    );
    expect(r.value.warnings.join('\n')).toMatch(
      /pl-63a5400a: named by .* its entries are not in the bundle \(PrefixListEntries\)/,
    );
  });

  it('names the file and the JSON path of an interface in no subnet', () => {
    const enis = JSON.parse(sample('describe/describe-network-interfaces.json').text);
    delete enis.NetworkInterfaces[3].SubnetId;
    expect(
      problem([
        sample('describe/describe-vpcs.json'),
        { name: 'describe-network-interfaces.json', text: JSON.stringify(enis) },
      ]),
    ).toBe(
      'describe-network-interfaces.json: NetworkInterfaces[3].SubnetId: expected the ID of the subnet the interface is in ("subnet-…"), got nothing',
    );
  });

  it('names the file and the JSON path of a prefix-list entry of the wrong family', () => {
    const bundle = JSON.parse(sample('bundle.json').text);
    bundle.PrefixListEntries['pl-0a1b2c3d4e5f6a7b8'][1].Cidr = '2001:db8::/48';
    expect(problem([{ name: 'bundle.json', text: JSON.stringify(bundle) }])).toBe(
      'bundle.json: PrefixListEntries.pl-0a1b2c3d4e5f6a7b8[1].Cidr: expected an IPv4 CIDR block (pl-0a1b2c3d4e5f6a7b8 is an IPv4 prefix list), got "2001:db8::/48"',
    );
  });

  it('opens a route to a transit gateway the files do not hold, with a warning naming it', () => {
    const bundle = JSON.parse(sample('bundle.json').text);
    delete bundle.TransitGateways;
    const r = readImport([{ name: 'bundle.json', text: JSON.stringify(bundle) }]);
    if (!r.ok || r.value.kind !== 'aws') throw new Error('expected an AWS import');
    expect(r.value.scenario.transitGateways).toEqual([]);
    expect(r.value.warnings).toContainEqual(
      expect.stringMatching(/^tgw-0d4e31dfad0ef6c2f: transit gateway is not in the bundle/),
    );
  });
});
