import { currentScenarioFile } from '../../store/index.ts';
import { downloadBlob } from '../../ui/download.ts';

/**
 * Saves the open network as Terraform: a `.zip` of three `.tf` files, or one `.tf.json`. The
 * generator is loaded on first use, so the app's first load does not carry it.
 */
export async function exportTerraformFiles(syntax: 'hcl' | 'json'): Promise<void> {
  const { scenario } = currentScenarioFile();
  const { terraformDownload } = await import('../../share/terraformFiles.ts');
  const file = terraformDownload(scenario, syntax);
  downloadBlob(file.fileName, new Blob([file.bytes as BlobPart], { type: file.type }));
}
