import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { exportTerraform } from '../terraform/export/index.ts';
import { terraformDownload } from './terraformFiles.ts';

describe('Export → Terraform', () => {
  it('zips main.tf, variables.tf and versions.tf', () => {
    const download = terraformDownload(threeTierScenario, 'hcl');
    expect(download.fileName).toBe('three-tier-web-application-terraform.zip');
    const files = unzipSync(download.bytes);
    expect(Object.keys(files).sort()).toEqual(['main.tf', 'variables.tf', 'versions.tf']);
    const expected = exportTerraform(threeTierScenario, 'hcl').files;
    for (const [name, bytes] of Object.entries(files))
      expect(strFromU8(bytes)).toBe(expected[name]);
    expect(terraformDownload(threeTierScenario, 'hcl').bytes).toEqual(download.bytes);
  });

  it('writes one .tf.json in Terraform JSON syntax', () => {
    const download = terraformDownload(threeTierScenario, 'json');
    expect(download.fileName).toBe('three-tier-web-application.tf.json');
    const json = JSON.parse(strFromU8(download.bytes)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['//', 'terraform', 'provider', 'variable', 'resource']);
  });
});
