import { describe, expect, it } from 'vitest';
import { Namer, snakeCase } from './names.ts';

// Identifiers: https://developer.hashicorp.com/terraform/language/syntax/configuration#identifiers
describe('Terraform names', () => {
  it('are snake_case from the resource name', () => {
    expect(snakeCase('three-tier VPC')).toBe('three_tier_vpc');
    expect(snakeCase('webServer 1')).toBe('web_server_1');
    expect(snakeCase('Café – prod')).toBe('cafe_prod');
    expect(snakeCase('10.0.1.0/24')).toBe('10_0_1_0_24');
  });

  it('start with a letter, and are unique within a resource type only', () => {
    const names = new Namer();
    expect(names.name('aws_subnet', 'web', 'subnet')).toBe('web');
    expect(names.name('aws_subnet', 'Web', 'subnet')).toBe('web_2');
    expect(names.name('aws_subnet', 'web', 'subnet')).toBe('web_3');
    expect(names.name('aws_security_group', 'web', 'group')).toBe('web');
    expect(names.name('aws_subnet', '1a', 'subnet')).toBe('subnet_1a');
    expect(names.name('aws_subnet', '', 'subnet')).toBe('subnet');
    expect(names.name('aws_subnet', '—', 'subnet')).toBe('subnet_2');
  });
});
