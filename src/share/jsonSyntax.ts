/**
 * Where a JSON text goes wrong, as a line and column a person can find in an editor. Browsers word
 * `JSON.parse`'s errors differently (and some give no position at all), so the place is found by
 * a small scanner of our own, run only after `JSON.parse` has failed.
 */

export interface JsonSyntaxError {
  /** 1-based, as editors count. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.at < text.length) scanner.fail('expected the end of the text after the JSON value');
    return null;
  } catch (e) {
    if (!(e instanceof SyntaxAt)) throw e;
    return { ...lineAndColumn(text, e.at), message: e.message };
  }
}

/** A one-line description: `line 3, column 14: expected "," or "}"`. */
export function describeJsonSyntaxError(error: JsonSyntaxError): string {
  return `line ${error.line}, column ${error.column}: ${error.message}`;
}

class SyntaxAt extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** Deep enough for any scenario; deeper nesting is refused rather than overflowing the stack. */
const MAX_DEPTH = 512;

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  fail(message: string, at = this.at): never {
    throw new SyntaxAt(message, at);
  }

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] as string))
      this.at++;
  }

  private found(): string {
    if (this.at >= this.text.length) return 'the end of the text';
    return JSON.stringify(this.text[this.at]);
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail('the JSON is nested too deeply');
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.fail(`expected a value, found ${this.found()}`);
  }

  private object(depth: number): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"')
        this.fail(`expected a property name in double quotes, found ${this.found()}`);
      this.string();
      this.skipSpace();
      if (this.text[this.at] !== ':')
        this.fail(`expected ":" after the property name, found ${this.found()}`);
      this.at++;
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ',') {
        this.at++;
        continue;
      }
      if (c === '}') {
        this.at++;
        return;
      }
      this.fail(`expected "," or "}" after a property, found ${this.found()}`);
    }
  }

  private array(depth: number): void {
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value(depth + 1);
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ',') {
        this.at++;
        continue;
      }
      if (c === ']') {
        this.at++;
        return;
      }
      this.fail(`expected "," or "]" after an array item, found ${this.found()}`);
    }
  }

  private string(): void {
    const start = this.at;
    this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at] as string;
      if (c === '"') {
        this.at++;
        return;
      }
      if (c === '\\') {
        const e = this.text[this.at + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6)))
            this.fail('expected four hex digits after \\u');
          this.at += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e))
          this.fail('a backslash escape that JSON does not know');
        this.at += 2;
        continue;
      }
      if (c < ' ') this.fail('a control character (such as a line break) inside a string');
      this.at++;
    }
    this.fail('a string that is never closed', start);
  }

  private number(): void {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!m) this.fail(`expected a number, found ${this.found()}`);
    this.at += m[0].length;
  }
}

function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
