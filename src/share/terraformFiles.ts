import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Scenario } from '../model/types.ts';
import { exportTerraform } from '../terraform/export/index.ts';
import { fileBaseName } from './file.ts';

export interface TerraformDownload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

/**
 * Export → Terraform: a `.zip` of `main.tf`, `variables.tf` (the region, the AMI) and
 * `versions.tf` (the AWS provider pinned), or one `.tf.json` in Terraform's JSON syntax. Pure:
 * the bytes of the file to save.
 */
export function terraformDownload(scenario: Scenario, syntax: 'hcl' | 'json'): TerraformDownload {
  const base = fileBaseName(scenario.name);
  const exported = exportTerraform(scenario, syntax);
  if (syntax === 'json') {
    return {
      fileName: `${base}.tf.json`,
      bytes: strToU8(exported.single),
      type: 'application/json',
    };
  }
  // A fixed date keeps the archive the same for the same network.
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const files: Zippable = {};
  for (const [name, text] of Object.entries(exported.files)) {
    files[name] = [strToU8(text), { mtime }];
  }
  return { fileName: `${base}-terraform.zip`, bytes: zipSync(files), type: 'application/zip' };
}
