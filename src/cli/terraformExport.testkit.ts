import { getExpressionAst, parse } from '@cdktn/hcl2json';
import { readFileSync } from 'node:fs';
import { compileScenario, evaluate, FlowError } from '../engine/index.ts';
import type { Endpoint, NetworkInterface, SavedFlow, Scenario } from '../model/types.ts';
import {
  readConfig,
  type Ast,
  type ConfigDocument,
} from '../terraform/export/testkit/config.testkit.ts';
import { planFromConfig } from '../terraform/export/testkit/planFromConfig.testkit.ts';
import { awsSchema } from '../terraform/export/testkit/schema.testkit.ts';
import { importTerraform } from '../terraform/index.ts';

/**
 * Test support for the Terraform export's round trip: exported files → a real HCL parser
 * (@cdktn/hcl2json, the Go HCL library as WebAssembly) → the plan JSON `terraform show -json`
 * would print → the importer → the same verdict on every saved flow.
 */
export const AWS_SCHEMA = awsSchema(
  JSON.parse(
    readFileSync(
      new URL('../terraform/export/__fixtures__/aws-provider-schema.json', import.meta.url),
      'utf8',
    ),
  ),
);

/** An AMI ID for `var.ami_id`, as `-var` would give it. */
export const TEST_AMI = 'ami-0123456789abcdef0';

/** Parses `.tf` files with the HCL parser and `.tf.json` files as JSON, into one configuration. */
export async function readTerraformFiles(
  files: Readonly<Record<string, string>>,
): Promise<ConfigDocument> {
  const documents: unknown[] = [];
  for (const [name, text] of Object.entries(files)) {
    documents.push(name.endsWith('.json') ? JSON.parse(text) : await parse(name, text));
  }
  return readConfig(documents, async (text) => {
    const ast = await getExpressionAst('main.tf', text);
    if (!ast) throw new Error(`not an expression: ${text}`);
    return ast as unknown as Ast;
  });
}

/** The plan of exported files, with AWS's answers taken from the scenario they were made from. */
export async function planOf(
  original: Scenario,
  files: Readonly<Record<string, string>>,
): Promise<Record<string, unknown>> {
  const config = await readTerraformFiles(files);
  // AWS assigns a VPC's IPv6 block; the drawing says which one it got.
  const assigned: Record<string, Record<string, unknown>> = {};
  for (const r of config.resources) {
    if (r.type !== 'aws_vpc') continue;
    const name =
      typeof r.body.tags === 'object' && r.body.tags && 'Name' in r.body.tags
        ? r.body.tags.Name
        : undefined;
    const vpc = original.vpcs.find((v) => v.name === name && v.ipv6CidrBlock);
    if (vpc?.ipv6CidrBlock) assigned[`aws_vpc.${r.name}`] = { ipv6_cidr_block: vpc.ipv6CidrBlock };
  }
  return planFromConfig(config, AWS_SCHEMA, {
    variables: { ami_id: TEST_AMI },
    assigned,
    // What AWS answers for an AWS-managed prefix list: its ID and CIDR blocks.
    readData: (type, args) => {
      const list = original.prefixLists.find(
        (pl) =>
          type === 'aws_prefix_list' && (pl.name === args.name || pl.id === args.prefix_list_id),
      );
      if (!list) throw new Error(`AWS has no prefix list ${JSON.stringify(args)}`);
      return { id: list.id, name: list.name, cidr_blocks: (list.entries ?? []).map((e) => e.cidr) };
    },
  });
}

export interface FlowComparison {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

export interface RoundTripResult {
  readonly imported: Scenario;
  readonly warnings: readonly string[];
  readonly flows: readonly FlowComparison[];
}

/**
 * Imports the plan of `files` and evaluates every saved flow of `original` on both networks.
 * Endpoints are matched by Terraform address; a public address by the interface that has it; a
 * flow to an interface AWS makes for a service (not exported) is compared on a stand-in
 * interface with that interface's subnet, groups and address.
 */
export async function roundTrip(
  original: Scenario,
  files: Readonly<Record<string, string>>,
  addresses: ReadonlyMap<string, string>,
): Promise<RoundTripResult> {
  const plan = await planOf(original, files);
  const result = importTerraform(plan);
  if (!result.ok) throw new Error(`the plan does not import: ${JSON.stringify(result.errors)}`);
  const byAddress = new Map(
    Object.entries(result.value.scenario.terraform?.addresses ?? {}).map(([id, a]) => [a, id]),
  );
  const newId = (id: string) => byAddress.get(addresses.get(id) ?? '') ?? id;
  const imported: Scenario = { ...result.value.scenario };
  const standIns: NetworkInterface[] = [];
  const publicOf = (s: Scenario, id: string) =>
    s.instances.find((i) => i.id === id)?.publicIp ??
    s.networkInterfaces.find((n) => n.id === id)?.publicIp ??
    s.natGateways.find((n) => n.id === id)?.publicIp;
  const owners = [...original.instances, ...original.networkInterfaces, ...original.natGateways];
  const translate = (endpoint: Endpoint): Endpoint => {
    if ('instanceId' in endpoint) {
      return { ...endpoint, instanceId: newId(endpoint.instanceId) };
    }
    if ('interfaceId' in endpoint) {
      const eni = original.networkInterfaces.find((n) => n.id === endpoint.interfaceId);
      if (!eni || addresses.has(eni.id))
        return { ...endpoint, interfaceId: newId(endpoint.interfaceId) };
      const standIn = {
        ...eni,
        subnetId: newId(eni.subnetId),
        securityGroupIds: eni.securityGroupIds.map(newId),
        attachment: undefined,
      };
      standIns.push(standIn);
      return endpoint;
    }
    const owner = owners.find((o) => o.publicIp === endpoint.address);
    const moved = owner ? publicOf(imported, newId(owner.id)) : undefined;
    return moved ? { address: moved } : endpoint;
  };
  const pairs = original.flows.map((flow) => ({
    flow,
    after: { ...flow, source: translate(flow.source), destination: translate(flow.destination) },
  }));
  imported.networkInterfaces = [...imported.networkInterfaces, ...standIns];
  const before = compileScenario(original);
  const after = compileScenario(imported);
  return {
    imported,
    warnings: result.value.warnings,
    flows: pairs.map(({ flow, after: moved }) => ({
      name: flow.name,
      before: verdict(before, flow),
      after: verdict(after, moved),
    })),
  };
}

function verdict(compiled: ReturnType<typeof compileScenario>, flow: SavedFlow): string {
  try {
    return evaluate(compiled, flow).verdict;
  } catch (error) {
    // The message names IDs, which differ after the round trip: only its kind is compared.
    if (error instanceof FlowError) return 'error';
    throw error;
  }
}
