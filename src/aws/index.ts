export { importAwsBundle, type AwsImport, type AwsImportOptions } from './importBundle.ts';
export { looksLikeAwsBundle, BUNDLE_SECTIONS, type BundleSection } from './sections.ts';
export { mergeDescribeOutputs } from './merge.ts';
export type { ScopedWarning } from './warnings.ts';
export type { GoneInstance } from './buildScenario.ts';
