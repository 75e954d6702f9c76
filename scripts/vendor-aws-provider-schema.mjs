#!/usr/bin/env node
/**
 * Rebuilds the part of the AWS provider's schema that the Terraform export writes, in the shape
 * `terraform providers schema -json` prints, from the bindings CDK Terrain generates from that
 * schema (`@cdktn/provider-aws`: one TypeScript module per resource, carried as source maps in
 * the package, each attribute annotated `// name - computed: …, optional: …, required: …` and
 * each block written out with its nesting). No Terraform binary or provider download is needed.
 *
 *   npm pack @cdktn/provider-aws@25.7.0 && tar xzf cdktn-provider-aws-25.7.0.tgz
 *   node scripts/vendor-aws-provider-schema.mjs package > src/terraform/export/__fixtures__/aws-provider-schema.json
 *
 * The resources listed below are the ones the export writes (src/terraform/export/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const RESOURCES = [
  'aws_vpc',
  'aws_vpc_ipv4_cidr_block_association',
  'aws_subnet',
  'aws_security_group',
  'aws_vpc_security_group_ingress_rule',
  'aws_vpc_security_group_egress_rule',
  'aws_default_security_group',
  'aws_network_acl',
  'aws_network_acl_rule',
  'aws_network_acl_association',
  'aws_default_network_acl',
  'aws_route_table',
  'aws_route',
  'aws_route_table_association',
  'aws_main_route_table_association',
  'aws_default_route_table',
  'aws_instance',
  'aws_network_interface',
  'aws_network_interface_attachment',
  'aws_eip',
  'aws_eip_association',
  'aws_internet_gateway',
  'aws_nat_gateway',
  'aws_egress_only_internet_gateway',
  'aws_vpc_peering_connection',
  'aws_ec2_managed_prefix_list',
  'aws_ec2_managed_prefix_list_entry',
  'aws_vpc_endpoint',
  'aws_ec2_transit_gateway',
  'aws_ec2_transit_gateway_vpc_attachment',
  'aws_ec2_transit_gateway_route_table',
  'aws_ec2_transit_gateway_route',
  'aws_ec2_transit_gateway_route_table_association',
  'aws_ec2_transit_gateway_route_table_propagation',
];
const DATA_SOURCES = ['aws_prefix_list'];

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: vendor-aws-provider-schema.mjs <unpacked @cdktn/provider-aws package>');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** The TypeScript source a module of the package was compiled from. */
function sourceOf(dir) {
  const js = readFileSync(join(packageDir, 'lib', dir, 'index.js'), 'utf8');
  const map = js.match(/sourceMappingURL=data:application\/json;base64,(.*)$/m);
  if (!map) throw new Error(`${dir}: no source map`);
  return JSON.parse(Buffer.from(map[1], 'base64').toString('utf8')).sourcesContent[0];
}

/** The text from `opening` to the first line that is a lone `}` at column 0. */
function section(source, opening) {
  const start = source.indexOf(opening);
  if (start === -1) return null;
  const end = source.indexOf('\n}\n', start);
  return source.slice(start, end === -1 ? undefined : end);
}

const PRIMITIVE = { string: 'string', number: 'number', boolean: 'bool' };

function ctyType(type, storage) {
  if (PRIMITIVE[storage]) return PRIMITIVE[storage];
  const element = storage.match(/^(string|number|boolean)(List|Map)$/);
  if (element) {
    const kind = element[2] === 'Map' ? 'map' : type === 'set' ? 'set' : 'list';
    return [kind, PRIMITIVE[element[1]]];
  }
  throw new Error(`unknown storage class ${storage} (${type})`);
}

/** Settable attributes and blocks of one synthesizer body, with their type and nesting. */
function synthEntries(body) {
  const out = new Map();
  const entry =
    /(\w+): \{\s*value: ([^\n]*),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/g;
  for (const m of body.matchAll(entry)) {
    const [, name, value, isBlock, type, storage] = m;
    out.set(name, { value, isBlock: isBlock === 'true', type, storage });
  }
  return out;
}

/** `// name - computed: …` flags, and for computed-only attributes their getter's type. */
function flags(body) {
  const out = new Map();
  const comment =
    /\/\/ (\w+) - computed: (true|false), optional: (true|false), required: (true|false)\n([^\n]*)\n([^\n]*)\n([^\n]*)/g;
  for (const m of body.matchAll(comment)) {
    const [, name, computed, optional, required, ...next] = m;
    const getter = next.join('\n').match(/this\.get(\w+)Attribute\(/);
    const map = next.join('\n').match(/new cdktn\.(String|Number|Boolean)Map\(/);
    out.set(name, {
      computed: computed === 'true',
      optional: optional === 'true',
      required: required === 'true',
      getter: getter?.[1] ?? (map ? `${map[1]}Map` : undefined),
    });
  }
  return out;
}

/** `// x - computed: …` lines made from a struct interface (`readonly x?: T` is optional). */
function interfaceFlags(source, struct, synthBody) {
  const decl = section(source, `export interface ${struct} {`);
  if (!decl || !synthBody) return null;
  const lines = [];
  for (const [name, s] of synthEntries(synthBody)) {
    const camel = s.value.match(/struct!\.(\w+)/)?.[1];
    const optional = new RegExp(`readonly ${camel}\\?:`).test(decl);
    lines.push(`// ${name} - computed: false, optional: ${optional}, required: ${!optional}\n\n\n`);
  }
  return lines.join('');
}

const GETTER_TYPE = {
  String: 'string',
  Number: 'number',
  Boolean: 'bool',
  List: ['list', 'string'],
  NumberList: ['list', 'number'],
  StringMap: ['map', 'string'],
  NumberMap: ['map', 'number'],
  BooleanMap: ['map', 'bool'],
};

function block(source, synthBody, flagBody, where) {
  const synth = synthEntries(synthBody);
  const flagged = flags(flagBody);
  const attributes = {};
  const blockTypes = {};
  for (const [name, f] of flagged) {
    const s = synth.get(name);
    if (s?.isBlock) {
      const fn = s.value.match(/(\w+)ToHclTerraform/)?.[1];
      if (!fn) throw new Error(`${where}.${name}: no struct`);
      const struct = fn[0].toUpperCase() + fn.slice(1);
      const body = section(source, `export function ${fn}ToHclTerraform(`);
      // Provider blocks have no output reference: their flags come from the struct's interface.
      const reference =
        section(source, `export class ${struct}OutputReference `) ??
        interfaceFlags(source, struct, body);
      if (!body || !reference) throw new Error(`${where}.${name}: ${struct} not found`);
      const single = !s.value.includes('listMapperHcl');
      blockTypes[name] = {
        nesting_mode: single ? 'list' : s.type === 'set' ? 'set' : 'list',
        block: block(source, body, reference, `${where}.${name}`),
        ...(single ? { max_items: 1 } : {}),
        ...(f.required ? { min_items: 1 } : {}),
      };
      continue;
    }
    let type;
    if (s) type = ctyType(s.type, s.storage);
    else if (f.getter && GETTER_TYPE[f.getter]) type = GETTER_TYPE[f.getter];
    else type = 'dynamic';
    attributes[name] = {
      type,
      ...(f.required ? { required: true } : {}),
      ...(f.optional ? { optional: true } : {}),
      ...(f.computed ? { computed: true } : {}),
    };
  }
  const out = { attributes };
  if (Object.keys(blockTypes).length > 0) out.block_types = blockTypes;
  return out;
}

function schemaOf(dir, base) {
  const source = sourceOf(dir);
  const classBody = section(source, `extends cdktn.${base} {`);
  if (!classBody) throw new Error(`${dir}: no ${base} class`);
  const synth = section(classBody, 'protected synthesizeHclAttributes()') ?? '';
  return { version: 0, block: block(source, synth, classBody, dir) };
}

const kebab = (type) => type.replace(/^aws_/, '').replace(/_/g, '-');
const resourceSchemas = Object.fromEntries(
  RESOURCES.map((type) => [type, schemaOf(kebab(type), 'TerraformResource')]),
);
const dataSourceSchemas = Object.fromEntries(
  DATA_SOURCES.map((type) => [type, schemaOf(`data-aws-${kebab(type)}`, 'TerraformDataSource')]),
);
const provider = schemaOf('provider', 'TerraformProvider');

const out = {
  format_version: '1.0',
  // Not printed by Terraform: where this came from.
  source: {
    package: `${pkg.name}@${pkg.version}`,
    provider: pkg.cdktf?.provider,
  },
  provider_schemas: {
    'registry.terraform.io/hashicorp/aws': {
      provider,
      resource_schemas: resourceSchemas,
      data_source_schemas: dataSourceSchemas,
    },
  },
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
