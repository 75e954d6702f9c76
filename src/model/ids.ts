/** AWS-shaped IDs (`vpc-0a1b2c3d4e5f67890`): 17 hex digits after the prefix. */
export type IdPrefix =
  | 'vpc'
  | 'subnet'
  | 'i'
  | 'sg'
  | 'acl'
  | 'rtb'
  | 'igw'
  | 'nat'
  | 'pcx'
  | 'flow'
  | 'host'
  | 'eni'
  | 'pl'
  | 'vpce'
  | 'eigw'
  | 'tgw'
  | 'tgw-attach'
  | 'tgw-rtb';

export function newId(prefix: IdPrefix, random: () => number = Math.random): string {
  let hex = '';
  for (let i = 0; i < 17; i++) hex += Math.floor(random() * 16).toString(16);
  return `${prefix}-${hex}`;
}
