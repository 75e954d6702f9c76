import type { CheckReport } from '../checks/index.ts';
import { checkJson } from '../checks/formats/json.ts';
import { checkText } from '../checks/formats/text.ts';
import { diffJson, diffText } from '../checks/formats/diffText.ts';
import type { DiffReport } from '../checks/diffReport.ts';
import { CliError } from './errors.ts';

/** spec/ci-check.md, "Output formats". */
export const REPORT_FORMATS = ['text', 'json', 'junit', 'sarif', 'github', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseReportFormat(value: string | true | undefined): ReportFormat {
  if (value === undefined) return 'text';
  const word = String(value);
  if ((REPORT_FORMATS as readonly string[]).includes(word)) return word as ReportFormat;
  throw new CliError(`--format: expected ${REPORT_FORMATS.join(', ')}, got "${word}"`);
}

export function renderCheck(report: CheckReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return checkJson(report);
    default:
      return checkText(report);
  }
}

export function renderDiff(report: DiffReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return diffJson(report);
    default:
      return diffText(report);
  }
}
