/** The Terraform room: `terraform show -json` → scenario. Imports `model` only. */
export {
  importTerraform,
  type TerraformImport,
  type TerraformImportOptions,
} from './import/importTerraform.ts';
export {
  isLogStreamText,
  looksLikeTerraform,
  LOG_STREAM_MESSAGE,
  RAW_STATE_MESSAGE,
} from './format/detect.ts';
export { readTerraformDocument, type TerraformDocument } from './format/document.ts';
export {
  assumedAddressWarnings,
  findByAddress,
  placeholderNames,
  type AddressMatch,
} from './endpoints.ts';
