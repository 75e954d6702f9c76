/**
 * Text from the input (names, descriptions, IDs, the engine's sentences quoting them) made safe to
 * print on a terminal. A name holding ESC (`\x1b[2K` erases a line, `\x1b]8;;…` writes a link), a
 * carriage return or a line break could otherwise overwrite or add lines, so that `check` would
 * print a PASS line of the name's own; bidirectional overrides reorder what is shown. Each such
 * character is written as an escape a person can read (`\x1B`, `\r`, `\n`, `\u202E`), so the line
 * stays one line and shows what the input holds. JSON output needs none of this: JSON.stringify
 * escapes every control character, and a reader parses it rather than looking at it.
 */
const STEERING = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalText(text: string): string {
  return text.replace(STEERING, (c) => NAMED[c] ?? escapeCode(c.codePointAt(0) ?? 0));
}

function escapeCode(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}
