import { parseIp } from '../ip.ts';
import type { Instance, NetworkInterface, Scenario, SecondaryPrivateIp } from '../types.ts';
import { nextFreeAddress, nextPublicIp } from './addressing.ts';
import { noPublicIpLeft } from './instances.ts';
import { privateIpError, publicIpError } from './placement.ts';
import { fail, ok, type EditResult } from './result.ts';
import { findById, missing, patched, updateById } from './util.ts';

/**
 * Secondary private IPv4 addresses of an interface (an instance's primary one, named by the
 * instance ID, or any other interface), and Elastic IPs on any of its private addresses: AWS maps
 * one Elastic IP to one private address, and the primary address's public IP is then the Elastic
 * IP. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
 */

type Owner = Instance | NetworkInterface;

function ownerOf(scenario: Scenario, id: string): Owner | undefined {
  return findById(scenario.instances, id) ?? findById(scenario.networkInterfaces, id);
}

function withOwner(scenario: Scenario, owner: Owner, next: Owner): Scenario {
  if (next === owner) return scenario;
  return owner.id.startsWith('i-')
    ? { ...scenario, instances: updateById(scenario.instances, owner.id, () => next as Instance) }
    : {
        ...scenario,
        networkInterfaces: updateById(
          scenario.networkInterfaces,
          owner.id,
          () => next as NetworkInterface,
        ),
      };
}

const secondaries = (o: Owner): readonly SecondaryPrivateIp[] => o.secondaryPrivateIps ?? [];
const same = (a: string, b: string) => parseIp(a)?.value === parseIp(b)?.value;

/**
 * @example
 * addSecondaryPrivateIp(scenario, 'i-web'); // the subnet's next free address
 */
export function addSecondaryPrivateIp(
  scenario: Scenario,
  ownerId: string,
  address?: string,
): EditResult<{ scenario: Scenario; address: string }> {
  const owner = ownerOf(scenario, ownerId);
  if (owner === undefined) return fail(missing('Instance or network interface', ownerId));
  const subnet = findById(scenario.subnets, owner.subnetId);
  if (subnet === undefined) return fail(missing('Subnet', owner.subnetId));
  const text = address?.trim() ?? nextFreeAddress(scenario, subnet.id);
  if (text === null)
    return fail(`Subnet ${subnet.id} (${subnet.cidrBlock}) has no free address left.`);
  const problem = privateIpError(scenario, subnet, text);
  if (problem !== undefined) return fail(problem);
  const next = { ...owner, secondaryPrivateIps: [...secondaries(owner), { address: text }] };
  return ok({ scenario: withOwner(scenario, owner, next), address: text });
}

/**
 * Removes a secondary address (and the Elastic IP on it).
 *
 * @example
 * removeSecondaryPrivateIp(scenario, 'i-web', '10.0.1.20');
 */
export function removeSecondaryPrivateIp(
  scenario: Scenario,
  ownerId: string,
  address: string,
): EditResult<Scenario> {
  const owner = ownerOf(scenario, ownerId);
  if (owner === undefined) return fail(missing('Instance or network interface', ownerId));
  const list = secondaries(owner);
  const kept = list.filter((s) => !same(s.address, address));
  if (kept.length === list.length)
    return fail(`${address} is not a secondary address of ${ownerId}.`);
  return ok(withOwner(scenario, owner, { ...owner, secondaryPrivateIps: kept }));
}

/**
 * Associates an Elastic IP (a given address, or the next free one) with one private address of
 * the interface, replacing the public IP that address had.
 *
 * @example
 * associateElasticIp(scenario, 'eni-x', '10.0.1.20', '198.51.100.7');
 */
export function associateElasticIp(
  scenario: Scenario,
  ownerId: string,
  privateAddress: string,
  elasticIp?: string,
): EditResult<{ scenario: Scenario; elasticIp: string }> {
  const owner = ownerOf(scenario, ownerId);
  if (owner === undefined) return fail(missing('Instance or network interface', ownerId));
  const eip = elasticIp?.trim() ?? nextPublicIp(scenario);
  if (eip === null) return fail(noPublicIpLeft);
  const problem = publicIpError(scenario, eip, ownerId);
  if (problem !== undefined) return fail(problem);
  if (owner.privateIp !== undefined && same(owner.privateIp, privateAddress)) {
    const next = patched(owner as Owner, { publicIp: eip, publicIpSource: 'elastic' });
    return ok({ scenario: withOwner(scenario, owner, next), elasticIp: eip });
  }
  const list = secondaries(owner);
  const index = list.findIndex((s) => same(s.address, privateAddress));
  if (index < 0) return fail(`${privateAddress} is not a private address of ${ownerId}.`);
  const secondaryPrivateIps = list.map((s, i) => (i === index ? { ...s, publicIp: eip } : s));
  return ok({
    scenario: withOwner(scenario, owner, { ...owner, secondaryPrivateIps }),
    elasticIp: eip,
  });
}

/**
 * @example
 * disassociateElasticIp(scenario, 'eni-x', '10.0.1.20');
 */
export function disassociateElasticIp(
  scenario: Scenario,
  ownerId: string,
  privateAddress: string,
): EditResult<Scenario> {
  const owner = ownerOf(scenario, ownerId);
  if (owner === undefined) return fail(missing('Instance or network interface', ownerId));
  if (owner.privateIp !== undefined && same(owner.privateIp, privateAddress)) {
    if (owner.publicIpSource !== 'elastic')
      return fail(`${privateAddress} of ${ownerId} has no Elastic IP.`);
    return ok(
      withOwner(scenario, owner, patched(owner as Owner, { publicIp: null, publicIpSource: null })),
    );
  }
  const list = secondaries(owner);
  const index = list.findIndex((s) => same(s.address, privateAddress) && s.publicIp !== undefined);
  if (index < 0) return fail(`${privateAddress} of ${ownerId} has no Elastic IP.`);
  const secondaryPrivateIps = list.map((s, i) => (i === index ? { address: s.address } : s));
  return ok(withOwner(scenario, owner, { ...owner, secondaryPrivateIps }));
}
