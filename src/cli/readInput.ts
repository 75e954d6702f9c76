import { constants } from 'node:buffer';
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { bytesInWords } from '../share/bytes.ts';
import { CliError } from './errors.ts';
import { firstInvalidOffset, pendingTail } from './utf8.ts';

export interface InputLimits {
  /** The most bytes read from a file or standard input (spec: 2 GB). */
  readonly maxBytes: number;
  /** The longest text parsed at once: V8's longest string, in UTF-16 code units. */
  readonly maxChars: number;
}

export const INPUT_LIMITS: InputLimits = {
  maxBytes: 2 * 1024 ** 3,
  maxChars: constants.MAX_STRING_LENGTH,
};

/** What a JSON text can start with, after white space. */
const JSON_START = /[{["\-0-9tfn]/;

/**
 * The text of `<file>`, or of standard input for `-`, read with a bound: a file is refused unless
 * it is a regular file within the limit, and a stream is read only up to the limit, so that
 * `/dev/zero` or an endless pipe ends at once with a message instead of filling memory. Bytes must
 * be UTF-8 (or UTF-16 with a byte-order mark, as PowerShell's `>` writes); the first byte that is
 * not is named by its offset instead of becoming U+FFFD. A UTF-8 byte-order mark is dropped.
 *
 * A text whose first character cannot start JSON is returned as far as it was read: the JSON
 * parser then reports that character, as it would have after reading everything.
 */
export async function readInput(
  file: string,
  limits: InputLimits = INPUT_LIMITS,
  stdin?: Readable,
): Promise<string> {
  // process.stdin is touched only for `-`: creating it for a file would hold a terminal open.
  if (file === '-') return readBounded(stdin ?? process.stdin, '-', limits);
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    throw new CliError(`${file}: ${reason(error)}`);
  }
  if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  if (!info.isFile()) {
    throw new CliError(
      `${file}: is ${kindOf(info)}, not a regular file (give a file, or - to read standard input)`,
    );
  }
  if (info.size > limits.maxBytes) {
    throw new CliError(
      `${file}: ${bytesInWords(info.size)} is over the limit of ${bytesInWords(limits.maxBytes)}`,
    );
  }
  return readBounded(createReadStream(file, { highWaterMark: 1024 * 1024 }), file, limits);
}

/**
 * Reads a regular file with the same bounds and checks as `readInput`, handing each decoded piece
 * of text to `onText` instead of keeping it: a file larger than the longest string can still be
 * parsed as it streams (jsonStream.ts). The V8 string limit does not apply; the 2 GB limit does.
 */
export async function streamInput(
  file: string,
  onText: (text: string) => void,
  limits: InputLimits = INPUT_LIMITS,
): Promise<void> {
  const info = await stat(file).catch((error: unknown) => {
    throw new CliError(`${file}: ${reason(error)}`);
  });
  if (info.size > limits.maxBytes) {
    throw new CliError(
      `${file}: ${bytesInWords(info.size)} is over the limit of ${bytesInWords(limits.maxBytes)}`,
    );
  }
  const source = createReadStream(file, { highWaterMark: 1024 * 1024 });
  const text = new BoundedText(file, { ...limits, maxChars: Number.MAX_SAFE_INTEGER }, onText);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) text.push(chunk);
    text.end();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${reason(error)}`);
  } finally {
    source.destroy();
  }
}

async function readBounded(source: Readable, name: string, limits: InputLimits): Promise<string> {
  const text = new BoundedText(name, limits);
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      text.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (text.cannotBeJson()) return text.soFar();
    }
    return text.end();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: ${reason(error)}`);
  } finally {
    // Stops a pipe's writer (it gets EPIPE) and frees the file or standard input at once.
    source.destroy();
  }
}

/** Bytes in, text out, chunk by chunk, with both limits and the first bad byte checked. */
class BoundedText {
  private decoder: TextDecoder | undefined;
  /** The first bytes, held until there are enough to see a byte-order mark. */
  private head: Uint8Array = new Uint8Array(0);
  /** The end of the last chunk that the decoder holds back (a sequence cut by the chunk). */
  private carry: Uint8Array = new Uint8Array(0);
  private bytesRead = 0;
  private bytesDecoded = 0;
  private chars = 0;
  private readonly parts: string[] = [];
  private started = false;

  constructor(
    private readonly name: string,
    private readonly limits: InputLimits,
    /** Where decoded text goes as it comes; without it, the text is kept for `end`. */
    private readonly onText?: (text: string) => void,
  ) {}

  push(chunk: Uint8Array): void {
    this.bytesRead += chunk.length;
    if (this.bytesRead > this.limits.maxBytes) {
      this.fail(`over the limit of ${bytesInWords(this.limits.maxBytes)}; stopped reading there`);
    }
    if (this.decoder) return this.decode(chunk);
    this.head = concat(this.head, chunk);
    if (this.head.length >= 2) this.decode(this.head);
  }

  /** True once the first character that is not white space cannot start a JSON text. */
  cannotBeJson(): boolean {
    if (this.started) return false;
    const first = /\S/.exec(this.parts.at(-1) ?? '');
    if (!first) return false;
    this.started = true;
    return !JSON_START.test(first[0]);
  }

  /** What was decoded so far, for a text that stops being read early. */
  soFar(): string {
    return this.parts.join('');
  }

  end(): string {
    if (!this.decoder && this.head.length > 0) this.decode(this.head);
    try {
      this.emit(this.decoder?.decode() ?? '');
    } catch (error) {
      if (error instanceof CliError) throw error;
      this.refuse(new Uint8Array(0), true);
    }
    return this.parts.join('');
  }

  private emit(text: string): void {
    if (this.onText) {
      if (text !== '') this.onText(text);
    } else this.parts.push(text);
  }

  private decode(data: Uint8Array): void {
    this.decoder ??= decoderFor(data);
    let text: string;
    try {
      text = this.decoder.decode(data, { stream: true });
    } catch {
      return this.refuse(data, false);
    }
    this.bytesDecoded += data.length;
    this.carry = data.subarray(data.length - pendingTail(data));
    this.chars += text.length;
    if (this.chars > this.limits.maxChars) {
      this.fail(
        `longer than ${this.limits.maxChars.toLocaleString('en-US')} characters, the longest text ` +
          `that can be parsed at once; stopped reading after ${bytesInWords(this.bytesRead)}`,
      );
    }
    this.emit(text);
  }

  /** The decoder refused `data` (or, when `final`, the end): names the first byte it refused. */
  private refuse(data: Uint8Array, final: boolean): never {
    const region = concat(this.carry, data);
    const start = this.bytesDecoded - this.carry.length;
    const at = Math.max(0, firstInvalidOffset(region, final));
    const byte = region[at] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return this.fail(
      `not UTF-8: byte ${hex} at offset ${start + at} cannot be read (save the file as UTF-8)`,
    );
  }

  private fail(message: string): never {
    throw new CliError(`${this.name}: ${message}`);
  }
}

/** UTF-16 when a byte-order mark says so (decoded as before, without checks), else strict UTF-8. */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8', { fatal: true });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function kindOf(info: Stats): string {
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return 'neither a file nor a directory';
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}
