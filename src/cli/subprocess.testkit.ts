import { spawn, type StdioOptions } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the CLI as a real subprocess through tsx, as `npm run cli` does: this is what catches a
 * CJS package imported by name, which tsc, vitest and vite accept but node's ESM loader refuses.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = join(REPO_ROOT, 'src/cli/main.ts');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr split into lines, without the final newline. */
  readonly stderrLines: string[];
}

/**
 * What the CLI reads on standard input: nothing by default (an empty pipe, closed at once), text
 * or bytes, a file descriptor (an open file, `/dev/zero`), or another process's stdout (a pipe,
 * which this process then lets go of, so that the writer sees the CLI stop reading).
 */
export type CliStdin = string | Buffer | number | Readable;

export function runCli(
  args: readonly string[],
  cwd: string = REPO_ROOT,
  stdin: CliStdin = '',
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const given = typeof stdin === 'string' || Buffer.isBuffer(stdin);
    const stdio: StdioOptions = [given ? 'pipe' : stdin, 'pipe', 'pipe'];
    const child = spawn(process.execPath, [TSX_CLI, MAIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio,
    });
    // A CLI that stops reading early closes the pipe: that is what some tests check for.
    child.stdin?.on('error', () => {});
    if (given) child.stdin?.end(stdin);
    else if (typeof stdin !== 'number') stdin.destroy();
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderrLines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
      resolve({ code, stdout, stderr, stderrLines });
    });
  });
}

/** A fresh temporary folder holding the given files (name → text, or a value written as JSON). */
export function tempFiles(files: Readonly<Record<string, unknown>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vpc-flow-lab-cli-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}
