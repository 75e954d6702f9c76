import { describe, expect, it } from 'vitest';
import { importAwsBundle } from './index.ts';
import { prefixListsFromAws } from './prefixLists.ts';
import { ImportWarnings } from './warnings.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribePrefixLists.html (Cidrs)
describe('prefix lists', () => {
  it('joins a list that both outputs print; entries from PrefixListEntries win over Cidrs', () => {
    const { lists, issues } = prefixListsFromAws(
      [
        {
          PrefixListId: 'pl-1',
          AddressFamily: 'IPv4',
          PrefixListName: 'com.amazonaws.x.s3',
          OwnerId: 'AWS',
        },
        { PrefixListId: 'pl-1', PrefixListName: 'com.amazonaws.x.s3', Cidrs: ['3.5.0.0/19'] },
        {
          PrefixListId: 'pl-2',
          PrefixListName: 'com.amazonaws.x.dynamodb',
          Cidrs: ['3.218.180.0/22'],
        },
      ],
      { 'pl-1': [{ Cidr: '52.216.0.0/15' }, { Cidr: '3.5.0.0/19' }] },
      new ImportWarnings(),
    );
    expect(issues).toEqual([]);
    expect(lists).toEqual([
      {
        id: 'pl-1',
        name: 'com.amazonaws.x.s3',
        addressFamily: 'IPv4',
        managedBy: 'aws',
        entries: [{ cidr: '52.216.0.0/15' }, { cidr: '3.5.0.0/19' }],
      },
      // describe-prefix-lists prints AWS services' lists only, with their family in the CIDRs.
      {
        id: 'pl-2',
        name: 'com.amazonaws.x.dynamodb',
        addressFamily: 'IPv4',
        managedBy: 'aws',
        entries: [{ cidr: '3.218.180.0/22' }],
      },
    ]);
  });

  it('keeps the entries of a list without them unknown, and says so only where something names it', () => {
    const result = importAwsBundle({
      PrefixLists: [
        { PrefixListId: 'pl-0aaa', AddressFamily: 'IPv6', PrefixListName: 'unused', OwnerId: '1' },
        { PrefixListId: 'pl-0bbb', AddressFamily: 'IPv4', PrefixListName: 'used', OwnerId: '1' },
      ],
      SecurityGroups: [
        {
          GroupId: 'sg-1',
          GroupName: 'g',
          VpcId: 'vpc-1',
          IpPermissions: [
            {
              IpProtocol: 'tcp',
              FromPort: 22,
              ToPort: 22,
              PrefixListIds: [{ PrefixListId: 'pl-0bbb' }],
            },
          ],
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.scenario.prefixLists.map((l) => l.entries)).toEqual([undefined, undefined]);
    expect(result.value.warnings).toEqual([
      'pl-0bbb: named by sg-1, but its entries are not in the bundle (PrefixListEntries); where its rules and routes could decide, a flow is unknown',
    ]);
  });

  it('reads entries of a list the bundle does not describe, with a warning', () => {
    const warnings = new ImportWarnings();
    const { lists } = prefixListsFromAws([], { 'pl-9': [{ Cidr: '2001:db8::/32' }] }, warnings);
    expect(lists).toEqual([
      {
        id: 'pl-9',
        name: 'pl-9',
        addressFamily: 'IPv6',
        managedBy: 'customer',
        entries: [{ cidr: '2001:db8::/32' }],
      },
    ]);
    expect(warnings.list()).toEqual([
      'pl-9: has entries in PrefixListEntries but is not in PrefixLists; it is read as a customer-managed list',
    ]);
  });
});
