import { findJsonSyntaxError } from '../share/jsonSyntax.ts';

/**
 * JSON.parse with an error a person can act on: the line and column of the problem rather than
 * V8's character offset. Node 20 says `… in JSON at position 42`; newer Nodes add
 * `(line 3 column 5)`; some errors (`Unexpected token …`) say neither, and then the app's own
 * scanner finds the place.
 */
export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly line: number;
      readonly column: number;
      readonly message: string;
    };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    if (!position) {
      const found = findJsonSyntaxError(text);
      if (found) return { ok: false, ...found };
    }
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineColumn(text, offset);
    return { ok: false, line, column, message: cleanMessage(raw) };
  }
}

/** 1-based line and column of a 0-based offset; a column counts characters from the line start. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** V8's message without the offset (given as line and column instead) or a quote of the input. */
function cleanMessage(raw: string): string {
  const firstLine = raw.split('\n')[0] ?? raw;
  return firstLine
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/,\s*".*"(\.\.\.)? is not valid JSON$/, '')
    .trim();
}
