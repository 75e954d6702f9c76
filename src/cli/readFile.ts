import { readFileSync } from 'node:fs';
import { CliError } from './errors.ts';

/**
 * The file's text, or a one-line error naming the file as given. Files saved by Windows tools
 * (PowerShell's `>` writes UTF-16 with a byte-order mark) are decoded too, and a UTF-8 BOM is
 * dropped, since JSON.parse refuses both.
 */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new CliError(`${file}: ${reason(error)}`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const even = bytes.subarray(2, bytes.length - (bytes.length % 2));
    return Buffer.from(even).swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
}
