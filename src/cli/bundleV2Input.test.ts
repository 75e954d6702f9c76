import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors.ts';
import { run } from './run.ts';
import { runCli, tempFiles } from './subprocess.testkit.ts';

/**
 * Bad input of the version 2 bundle keys (spec/cli-analyze.md, "Exit codes and errors"): one line
 * naming the file as given, the JSON path of the bad value and what was expected; exit 2.
 */

const vpc = { VpcId: 'vpc-0a0a0a0a0a0a0a0a1', CidrBlock: '10.0.0.0/16' };
const subnet = {
  SubnetId: 'subnet-0a0a0a0a0a0a0a0a2',
  VpcId: vpc.VpcId,
  CidrBlock: '10.0.1.0/24',
  AvailabilityZone: 'us-east-1a',
};

const bad = {
  'no-subnet.json': {
    Vpcs: [vpc],
    Subnets: [subnet],
    NetworkInterfaces: [
      { NetworkInterfaceId: 'eni-0a0a0a0a0a0a0a0a3', PrivateIpAddress: '10.0.1.5' },
    ],
  },
  'family.json': {
    PrefixLists: [{ PrefixListId: 'pl-0a0a0a0a0a0a0a0a4', AddressFamily: 'IPv6' }],
    PrefixListEntries: {
      'pl-0a0a0a0a0a0a0a0a4': [{ Cidr: '2001:db8::/32' }, { Cidr: '10.0.0.0/8' }],
    },
  },
  'tgw-routes.json': { TransitGatewayRoutes: [{ DestinationCidrBlock: '10.0.0.0/8' }] },
  'tgw-route.json': {
    TransitGatewayRoutes: {
      'tgw-rtb-0a0a0a0a0a0a0a0a5': [{ DestinationCidrBlock: '10.0.0.0/8', Type: 'dynamic' }],
    },
  },
};

const dir = tempFiles(bad);
const analyzeArgs = (file: string) => [
  'analyze',
  join(dir, file),
  '--from',
  '10.0.1.5',
  '--to',
  '10.0.1.6',
  '--protocol',
  'tcp',
  '--port',
  '22',
];

async function refusal(file: string): Promise<string> {
  try {
    await run(analyzeArgs(file));
  } catch (error) {
    if (error instanceof CliError) return error.message.replace(dir, '<dir>');
    throw error;
  }
  throw new Error(`${file} was not refused`);
}

describe('bad version 2 input on the command line', () => {
  it('an interface in no subnet', async () => {
    expect(await refusal('no-subnet.json')).toBe(
      '<dir>/no-subnet.json: NetworkInterfaces[0].SubnetId: expected the ID of the subnet the interface is in ("subnet-…"), got nothing',
    );
  });

  it('prefix-list entries of the wrong family', async () => {
    expect(await refusal('family.json')).toBe(
      '<dir>/family.json: PrefixListEntries.pl-0a0a0a0a0a0a0a0a4[1].Cidr: expected an IPv6 CIDR block (pl-0a0a0a0a0a0a0a0a4 is an IPv6 prefix list), got "10.0.0.0/8"',
    );
  });

  it('transit gateway routes of the wrong shape', async () => {
    expect(await refusal('tgw-routes.json')).toBe(
      '<dir>/tgw-routes.json: TransitGatewayRoutes: expected an object keyed by ID, got an array',
    );
    expect(await refusal('tgw-route.json')).toBe(
      '<dir>/tgw-route.json: TransitGatewayRoutes.tgw-rtb-0a0a0a0a0a0a0a0a5[0].Type: expected "static" or "propagated", got "dynamic"',
    );
  });

  it('exits 2 with that one line on stderr and nothing on stdout', async () => {
    const result = await runCli(analyzeArgs('no-subnet.json'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderrLines).toEqual([
      `${join(dir, 'no-subnet.json')}: NetworkInterfaces[0].SubnetId: expected the ID of the subnet the interface is in ("subnet-…"), got nothing`,
    ]);
  });
});
