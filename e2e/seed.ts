import type { Page } from '@playwright/test';
import { addVpc, emptyScenario, newSecurityGroup } from '../src/model/defaults.ts';
import type { Layout, Scenario } from '../src/model/types.ts';

/**
 * Opens the app on a scenario of the journey's own, injected as the autosave the shell restores
 * at start (first load only, so a reload finds what the journey autosaved).
 */
export async function openSeeded(page: Page, scenario: Scenario, layout: Layout): Promise<void> {
  await page.addInitScript(
    (file) => {
      if (sessionStorage.getItem('vfl-e2e-seeded')) return;
      sessionStorage.setItem('vfl-e2e-seeded', '1');
      localStorage.setItem('vpc-flow-lab:autosave', file);
    },
    JSON.stringify({ format: 'vpc-flow-lab', version: 2, scenario, layout }),
  );
  await page.goto('./?e2e=1');
}

/**
 * Two VPCs side by side, nothing joining them: `app` (10.0.0.0/16, app-1 at 10.0.1.10) and
 * `data` (10.1.0.0/16, db-1 at 10.1.1.10), each instance's group admitting HTTPS from 10.0.0.0/8.
 */
export function twoVpcs(): { scenario: Scenario; layout: Layout } {
  let s = emptyScenario('Two VPCs');
  const vpc = (cidrBlock: string, name: string, id: string) => {
    const added = addVpc(s, { cidrBlock, name, ids: { vpc: id } });
    s = added.scenario;
    return added.vpc;
  };
  const app = vpc('10.0.0.0/16', 'app', 'vpc-app');
  const data = vpc('10.1.0.0/16', 'data', 'vpc-data');
  const https = (v: typeof app, id: string) => ({
    ...newSecurityGroup(v, `${v.name}-https`, id),
    ingress: [
      {
        protocol: 'tcp' as const,
        portRange: { from: 443, to: 443 },
        peer: { kind: 'cidr' as const, cidr: '10.0.0.0/8' },
      },
    ],
  });
  s = {
    ...s,
    subnets: [
      {
        id: 'subnet-app',
        name: 'app',
        vpcId: app.id,
        cidrBlock: '10.0.1.0/24',
        availabilityZone: 'us-east-1a',
      },
      {
        id: 'subnet-data',
        name: 'data',
        vpcId: data.id,
        cidrBlock: '10.1.1.0/24',
        availabilityZone: 'us-east-1a',
      },
    ],
    securityGroups: [...s.securityGroups, https(app, 'sg-app'), https(data, 'sg-data')],
    instances: [
      {
        id: 'i-app',
        name: 'app-1',
        subnetId: 'subnet-app',
        privateIp: '10.0.1.10',
        securityGroupIds: ['sg-app'],
      },
      {
        id: 'i-db',
        name: 'db-1',
        subnetId: 'subnet-data',
        privateIp: '10.1.1.10',
        securityGroupIds: ['sg-data'],
      },
    ],
  };
  const layout: Layout = {
    nodes: {
      'vpc-app': { x: 0, y: 0, width: 420, height: 220 },
      'vpc-data': { x: 560, y: 0, width: 420, height: 220 },
      'subnet-app': { x: 40, y: 56, width: 340, height: 140 },
      'subnet-data': { x: 40, y: 56, width: 340, height: 140 },
      'i-app': { x: 20, y: 56 },
      'i-db': { x: 20, y: 56 },
    },
  };
  return { scenario: s, layout };
}
