/**
 * CSV that a spreadsheet opens as data, never as a formula. Every CSV the app or the CLI writes
 * (the reachability matrix, a gradebook) passes its cells through here, because the names in them
 * come from whoever wrote the scenario.
 *
 * OWASP's "CSV Injection" (https://owasp.org/www-community/attacks/CSV_Injection): a cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and
 * Google Sheets as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`). Such a cell gets a leading
 * single quote, which spreadsheets take as "this is text", and is wrapped in double quotes.
 */

/** What makes a spreadsheet read a cell as a formula, when it comes first (after any spaces). */
const FORMULA_START = /^[ ]*[=+\-@\t\r\n]/;

/**
 * What must be quoted (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180#section-2): a comma, a
 * quote, a line break; and a semicolon or a tab, which some locales' spreadsheets split on.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * One CSV field: neutralised when it would start a formula, quoted when it must be.
 *
 * @example
 * csvCell('web-1')              // 'web-1'
 * csvCell('=HYPERLINK("x")')    // '"\'=HYPERLINK(""x"")"'
 * csvCell('a,b')                // '"a,b"'
 */
export function csvCell(text: string): string {
  const formula = FORMULA_START.test(text);
  const value = formula ? `'${text}` : text;
  return formula || NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record: the cells, each through `csvCell`, separated by commas (no line end). */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows as CSV text: each record through `csvRow`, lines ended with CRLF (RFC 4180). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map(csvRow).join('\r\n') + '\r\n';
}
