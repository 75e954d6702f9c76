import { attr, block, ref, str, type FileItem, type Item, type TopBlock } from './ir.ts';

/** The AWS provider the export is written for: its schema is checked in the tests. */
export const PROVIDER_VERSION = '~> 6.0';
export const TERRAFORM_VERSION = '>= 1.5.0';
export const DEFAULT_INSTANCE_TYPE = 't3.micro';

/** `versions.tf`: Terraform and the AWS provider, pinned to the major version the export targets. */
export function versionsFile(): FileItem[] {
  const aws = {
    kind: 'map' as const,
    entries: [
      ['source', str('hashicorp/aws')],
      ['version', str(PROVIDER_VERSION)],
    ] as const,
  };
  return [
    {
      type: 'terraform',
      labels: [],
      body: [
        ...attr('required_version', str(TERRAFORM_VERSION)),
        block('required_providers', attr('aws', aws)),
      ],
    },
  ];
}

const typeString: Item[] = [
  { kind: 'attribute', name: 'type', value: { kind: 'keyword', word: 'string' } },
];

/** `variables.tf`: the region, and for instances the AMI (no default) and the instance type. */
export function variablesFile(region: string, instances: boolean): FileItem[] {
  const variables: TopBlock[] = [
    {
      type: 'variable',
      labels: ['region'],
      body: [
        ...attr('description', str('The AWS region of the network.')),
        ...typeString,
        ...attr('default', str(region)),
      ],
    },
  ];
  if (instances) {
    variables.push(
      {
        type: 'variable',
        labels: ['ami_id'],
        body: [...attr('description', str('The AMI every instance launches from.')), ...typeString],
        comment: [
          'The drawing does not say which image its instances run, so the AMI has no default:',
          'terraform plan asks for it (or pass -var ami_id=ami-…).',
        ],
      },
      {
        type: 'variable',
        labels: ['instance_type'],
        body: [
          ...attr('description', str('The instance type of every instance.')),
          ...typeString,
          ...attr('default', str(DEFAULT_INSTANCE_TYPE)),
        ],
      },
    );
  }
  return variables;
}

export function providerBlock(): TopBlock {
  return { type: 'provider', labels: ['aws'], body: attr('region', ref('var.region')) };
}
