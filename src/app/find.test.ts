import { describe, expect, it } from 'vitest';
import {
  TRANSIT_DATABASE_IDS,
  transitDatabaseScenario,
} from '../scenarios/challenges/transitDatabase.ts';
import type { Scenario } from '../model/types.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { containersOf, findResources } from './find.ts';

const find = (query: string) => findResources(threeTierScenario, query);

describe('findResources', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });

  it('finds an instance by its private IP, before the subnet and VPC that hold it', () => {
    const results = find('10.0.3.10');
    expect(results[0]).toEqual({
      id: ID.db1,
      kind: 'instance',
      name: 'db-1',
      matched: 'private IP 10.0.3.10',
    });
    expect(results.map((r) => r.id)).toEqual([ID.db1, ID.privateDb, ID.vpc]);
    expect(results[1]?.matched).toBe('CIDR 10.0.3.0/24 contains it');
  });

  it('finds an instance by its public IP', () => {
    expect(find('198.51.100.12')[0]).toMatchObject({
      id: ID.web2,
      matched: 'public IP 198.51.100.12',
    });
  });

  it('finds a NAT gateway by its addresses', () => {
    expect(find('203.0.113.10')[0]).toMatchObject({ id: ID.nat, kind: 'natGateway' });
  });

  it('finds by name, whole or in part, case-insensitively', () => {
    expect(find('DB-1')[0]).toMatchObject({ id: ID.db1, matched: 'name db-1' });
    expect(find('web').map((r) => r.id)).toEqual(expect.arrayContaining([ID.web1, ID.web2]));
  });

  it('ranks an exact name before a prefix of one, before a part of one', () => {
    const results = find('db');
    // The db group and the db ACL are named "db"; db-1 and db-2 start with it; private-db holds it.
    expect(results.map((r) => r.id)).toEqual([ID.sgDb, ID.aclDb, ID.db1, ID.db2, ID.privateDb]);
  });

  it('finds by ID, whole or by prefix', () => {
    expect(find(ID.sgDb)).toEqual([
      { id: ID.sgDb, kind: 'securityGroup', name: expect.any(String), matched: `ID ${ID.sgDb}` },
    ]);
    expect(find('igw-').map((r) => r.kind)).toEqual(['internetGateway']);
  });

  it('finds a subnet or VPC by its CIDR', () => {
    expect(find('10.0.2.0/24')[0]).toMatchObject({ id: ID.privateApp, kind: 'subnet' });
    expect(find('10.0.0.0/16')[0]).toMatchObject({ id: ID.vpc, kind: 'vpc' });
  });

  it('finds an IPv6 address however it is written', () => {
    const scenario: Scenario = {
      ...threeTierScenario,
      instances: threeTierScenario.instances.map((i) =>
        i.id === ID.web1 ? { ...i, ipv6Address: '2600:1f18:0:1::10' } : i,
      ),
    };
    expect(findResources(scenario, '2600:1f18::1:0:0:0:10')[0]).toMatchObject({
      id: ID.web1,
      matched: 'IPv6 2600:1f18:0:1::10',
    });
  });

  it('keeps to the limit', () => {
    expect(findResources(threeTierScenario, '-', 3)).toHaveLength(3);
  });
});

describe('containersOf', () => {
  it('names the VPC and subnet around an instance, outermost first', () => {
    expect(containersOf(threeTierScenario, ID.db1)).toEqual([ID.vpc, ID.privateDb]);
  });

  it('names the VPC around a subnet, and nothing around a VPC', () => {
    expect(containersOf(threeTierScenario, ID.privateDb)).toEqual([ID.vpc]);
    expect(containersOf(threeTierScenario, ID.vpc)).toEqual([]);
  });
});

describe('Find in version 2 resources', () => {
  it('finds an RDS interface by its address and opens its subnet and VPC', () => {
    const found = findResources(transitDatabaseScenario, '10.81.1.20')[0];
    expect(found).toMatchObject({
      id: TRANSIT_DATABASE_IDS.db,
      kind: 'networkInterface',
      matched: 'private IP 10.81.1.20',
    });
    expect(containersOf(transitDatabaseScenario, TRANSIT_DATABASE_IDS.db)).toEqual([
      TRANSIT_DATABASE_IDS.vpcData,
      TRANSIT_DATABASE_IDS.subnetData,
    ]);
    expect(findResources(transitDatabaseScenario, 'core-tgw')[0]?.kind).toBe('transitGateway');
  });
});
