import { JSONParser } from '@streamparser/json';
import { isLogStreamText, LOG_STREAM_MESSAGE } from '../terraform/index.ts';
import { CliError } from './errors.ts';
import { streamInput } from './readInput.ts';

/** Files past this size are parsed as they stream, never held as one text. */
export const STREAM_FROM_BYTES = 64 * 1024 ** 2;

/**
 * Parses a large JSON file as it is read (`@streamparser/json`): the text is never held whole,
 * so a 500 MB bundle needs the memory of its values, not of its text twice over (UTF-16) as well,
 * and a file longer than V8's longest string still parses. Input bounds and UTF-8 checks are
 * readInput's; a syntax error names the line and column, as `parseJson` does.
 */
export async function parseJsonFile(file: string): Promise<unknown> {
  const parser = new JSONParser({ paths: ['$'], keepStack: false, stringBufferSize: 64 * 1024 });
  let root: unknown;
  let complete = false;
  parser.onValue = ({ value, stack }) => {
    if (stack.length === 0) {
      root = value;
      complete = true;
    }
  };
  // Where the text read so far ends, to name the line and column of a syntax error.
  let bytesBefore = 0;
  let lines = 1;
  let lineStart = 0;
  let first = true;
  await streamInput(file, (text) => {
    if (first) {
      first = false;
      // The plan's log stream is JSON lines, not one document: said before the parser refuses it.
      if (isLogStreamText(text)) throw new CliError(`${file}: ${LOG_STREAM_MESSAGE}`);
    }
    try {
      parser.write(text);
    } catch (error) {
      throw syntaxError(file, error, text, { bytesBefore, lines, lineStart });
    }
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) {
      lines++;
      lineStart = bytesBefore + Buffer.byteLength(text.slice(0, k + 1));
    }
    bytesBefore += Buffer.byteLength(text);
  });
  if (!complete) {
    throw new CliError(
      `${file}: invalid JSON at line ${lines}, column ${bytesBefore - lineStart + 1}: Unexpected end of JSON input`,
    );
  }
  return root;
}

function syntaxError(
  file: string,
  error: unknown,
  text: string,
  at: { bytesBefore: number; lines: number; lineStart: number },
): CliError {
  if (error instanceof CliError) return error;
  const raw = error instanceof Error ? error.message : String(error);
  const absolute = /absolute position "(\d+)"/.exec(raw);
  let line = at.lines;
  let column = 1;
  if (absolute) {
    const inChunk = Number(absolute[1]) - at.bytesBefore;
    const bytes = Buffer.from(text).subarray(0, Math.max(0, inChunk));
    let start = at.lineStart - at.bytesBefore;
    for (let k = bytes.indexOf(10); k !== -1; k = bytes.indexOf(10, k + 1)) {
      line++;
      start = k + 1;
    }
    column = inChunk - start + 1;
  }
  const message = raw
    .replace(/ at chunk position "\d+" \(absolute position "\d+"\)/, '')
    .replace(/ in state \w+$/, '');
  return new CliError(`${file}: invalid JSON at line ${line}, column ${column}: ${message}`);
}
