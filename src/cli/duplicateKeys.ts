import { visit } from 'jsonc-parser';
import { formatPath } from '../model/issues.ts';

export interface DuplicateKey {
  /** The JSON path of the key that comes again, like `scenario.vpcs[0].name`. */
  readonly path: string;
  /** 1-based, where the second (or later) one is. */
  readonly line: number;
  readonly column: number;
}

/**
 * Keys that appear twice in one object. JSON.parse keeps the last value without a word, so a
 * file edited by hand (or merged by a script) may not say what it seems to; the CLI warns. The
 * text must be valid JSON (it is scanned after JSON.parse accepted it). jsonc-parser's visitor
 * (Microsoft's scanner behind VS Code's JSON support) sees every key with its path and place;
 * it walks the text without building a tree.
 */
export function findDuplicateKeys(text: string): DuplicateKey[] | 'too-deep' {
  const found: DuplicateKey[] = [];
  const open: Set<string>[] = [];
  try {
    scan(text, found, open);
  } catch (error) {
    // The visitor recurses once per level: a few thousand levels (which JSON.parse takes, and no
    // scenario or bundle has) overflow the stack. That is said rather than taken for "none".
    if (error instanceof RangeError) return 'too-deep';
    throw error;
  }
  return found;
}

function scan(text: string, found: DuplicateKey[], open: Set<string>[]): void {
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
        const keys = open.at(-1);
        if (!keys) return;
        if (keys.has(property)) {
          found.push({
            path: formatPath([...pathSupplier(), property]),
            line: startLine + 1,
            column: startCharacter + 1,
          });
        }
        keys.add(property);
      },
    },
    { disallowComments: true },
  );
}
