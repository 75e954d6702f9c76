/**
 * CSV cells as spreadsheets read them safely. A cell that starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would be run as a formula by Excel, LibreOffice or Google Sheets (CSV
 * injection): it is prefixed with `'`, as OWASP recommends
 * (https://owasp.org/www-community/attacks/CSV_Injection). Then RFC 4180: a cell holding a
 * comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: cells escaped, lines ended with CRLF (RFC 4180). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
