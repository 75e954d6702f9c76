import { appendFileSync } from 'node:fs';
import type { CheckReport } from '../checks/index.ts';
import type { DiffReport } from '../checks/diffReport.ts';
import { checkFindings, diffFindings, type Finding } from '../checks/formats/findings.ts';
import { githubAnnotations } from '../checks/formats/github.ts';
import { checkJson } from '../checks/formats/json.ts';
import { junitXml } from '../checks/formats/junit.ts';
import { markdownReport } from '../checks/formats/markdown.ts';
import { sarifLog } from '../checks/formats/sarif.ts';
import { checkText } from '../checks/formats/text.ts';
import { diffJson, diffText } from '../checks/formats/diffText.ts';
import { CliError } from './errors.ts';
import { version } from './help.ts';

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
  if (format === 'json') return checkJson(report);
  if (format === 'text') return checkText(report);
  return renderFindings(
    checkFindings(report),
    format,
    `vpc-flow-lab check ${report.file}`,
    report.file,
  );
}

export function renderDiff(
  report: DiffReport,
  format: ReportFormat,
  failOnNewlyAllowed = false,
): string {
  if (format === 'json') return diffJson(report);
  if (format === 'text') return diffText(report);
  const title = `vpc-flow-lab diff ${report.before} → ${report.after}`;
  return renderFindings(diffFindings(report), format, title, report.after, failOnNewlyAllowed);
}

function renderFindings(
  findings: readonly Finding[],
  format: Exclude<ReportFormat, 'json' | 'text'>,
  title: string,
  suite: string,
  failOnChanges = true,
): string {
  switch (format) {
    case 'junit':
      return junitXml(suite, findings);
    case 'sarif':
      return sarifLog(findings, version());
    case 'markdown':
      return markdownReport(title, findings);
    case 'github': {
      // The step summary is the Markdown report, appended as GitHub asks
      // (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
      const summary = process.env.GITHUB_STEP_SUMMARY;
      if (summary) {
        try {
          appendFileSync(summary, markdownReport(title, findings));
        } catch (error) {
          throw new CliError(
            `GITHUB_STEP_SUMMARY ${summary}: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        }
      }
      return githubAnnotations(findings, failOnChanges);
    }
  }
}
