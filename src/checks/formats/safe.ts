/**
 * Names come from the expectations file and the network: control characters (an escape sequence,
 * a newline that would forge a line of its own) are shown as `\u…` in text a terminal prints.
 */
export function terminalSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out +=
      code < 0x20 || (code >= 0x7f && code <= 0x9f)
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : ch;
  }
  return out;
}
