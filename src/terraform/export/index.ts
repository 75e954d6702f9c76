/** Scenario → Terraform (HCL or JSON syntax). Imports `model` only; pure. */
export { exportTerraform, type TerraformExport, type TerraformSyntax } from './exportTerraform.ts';
export { PROVIDER_VERSION } from './files.ts';
