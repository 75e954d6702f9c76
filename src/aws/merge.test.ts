import { describe, expect, it } from 'vitest';
import { looksLikeAwsBundle, mergeDescribeOutputs } from './index.ts';

describe('mergeDescribeOutputs', () => {
  it('merges the outputs of several describe-* commands into one bundle, like jq -s add', () => {
    const merged = mergeDescribeOutputs([
      { Vpcs: [{ VpcId: 'vpc-1' }] },
      { Subnets: [{ SubnetId: 'subnet-1' }] },
    ]);
    expect(merged).toEqual({ Vpcs: [{ VpcId: 'vpc-1' }], Subnets: [{ SubnetId: 'subnet-1' }] });
  });

  it('concatenates the arrays two outputs give for the same key (pages of one command)', () => {
    const merged = mergeDescribeOutputs([
      { Reservations: [{ ReservationId: 'r-1' }], NextToken: 'abc' },
      { Reservations: [{ ReservationId: 'r-2' }] },
    ]);
    expect(merged).toEqual({
      Reservations: [{ ReservationId: 'r-1' }, { ReservationId: 'r-2' }],
      NextToken: 'abc',
    });
  });

  it('lets a later key win when the values are not both arrays', () => {
    expect(mergeDescribeOutputs([{ NextToken: 'a' }, { NextToken: 'b' }])).toEqual({
      NextToken: 'b',
    });
  });

  it('skips null outputs and returns a non-object output as it is, for the importer to report', () => {
    expect(mergeDescribeOutputs([null, { Vpcs: [] }])).toEqual({ Vpcs: [] });
    expect(mergeDescribeOutputs([{ Vpcs: [] }, [1, 2]])).toEqual([1, 2]);
  });

  it('does not modify its inputs', () => {
    const first = { Vpcs: [{ VpcId: 'vpc-1' }] };
    mergeDescribeOutputs([first, { Vpcs: [{ VpcId: 'vpc-2' }] }]);
    expect(first).toEqual({ Vpcs: [{ VpcId: 'vpc-1' }] });
  });
});

describe('looksLikeAwsBundle', () => {
  it('recognises an object holding any of the nine describe-* sections', () => {
    expect(looksLikeAwsBundle({ Vpcs: [] })).toBe(true);
    expect(looksLikeAwsBundle({ VpcPeeringConnections: [], Other: 1 })).toBe(true);
  });

  it('does not take a scenario file, an array or a primitive for a bundle', () => {
    expect(looksLikeAwsBundle({ format: 'vpc-flow-lab', version: 1, scenario: {} })).toBe(false);
    expect(looksLikeAwsBundle([{ Vpcs: [] }])).toBe(false);
    expect(looksLikeAwsBundle(null)).toBe(false);
    expect(looksLikeAwsBundle('Vpcs')).toBe(false);
  });
});
