import { terraformDownload } from '../../share/terraformFiles.ts';
import { currentScenarioFile } from '../../store/index.ts';
import { downloadBlob } from './download.ts';

/** Saves the open network as Terraform: a `.zip` of three `.tf` files, or one `.tf.json`. */
export function exportTerraformFiles(syntax: 'hcl' | 'json'): void {
  const { scenario } = currentScenarioFile();
  const file = terraformDownload(scenario, syntax);
  downloadBlob(file.fileName, new Blob([file.bytes as BlobPart], { type: file.type }));
}
