import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { parseServiceText, type ServiceRange } from '../services.ts';
import { ExpectationsSchema, type FlowInput } from './schema.ts';
import {
  pathText,
  readSelector,
  type Path,
  type PathIssue,
  type Selector,
} from './selectorSyntax.ts';

/** A line and column of the expectations file, 1-based. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ExpectedFlow {
  readonly name: string;
  readonly at: Position;
  readonly path: Path;
  readonly from: string;
  readonly to: string;
  readonly service: ServiceRange;
  readonly sourcePort?: number;
  readonly expect: 'allowed' | 'blocked';
}

export interface Invariant {
  readonly name: string;
  readonly at: Position;
  readonly path: Path;
  readonly from: Selector;
  readonly to: Selector;
  readonly services: readonly ServiceRange[];
  readonly expect: 'allowed' | 'blocked';
}

export interface Expectations {
  readonly flows: readonly ExpectedFlow[];
  readonly invariants: readonly Invariant[];
  /** Where a path of the file is (for problems found later, such as a missing resource). */
  readonly locate: (path: Path, atKey?: boolean) => Position;
}

/** A problem with the file: `file:line:col: message`, exit 2. */
export class ExpectationsError extends Error {
  constructor(
    readonly file: string,
    readonly at: Position,
    readonly detail: string,
  ) {
    super(`${file}:${at.line}:${at.column}: ${detail}`);
    this.name = 'ExpectationsError';
  }
}

/**
 * Reads an expectations file (YAML, or JSON, which is YAML too). Throws an ExpectationsError
 * naming the line and column of the first problem: a YAML syntax error, a key that is not in the
 * contract, a service or port range that means nothing, a selector that is not one.
 */
export function parseExpectations(text: string, file: string): Expectations {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [syntax] = doc.errors;
  if (syntax) throw new ExpectationsError(file, position(syntax.pos[0]), yamlMessage(syntax));
  const locate = (path: Path, atKey = false): Position =>
    position(offsetOf(doc.contents as Node | null, path, atKey));
  const fail = (issue: PathIssue): never => {
    const where = pathText(issue.path);
    throw new ExpectationsError(
      file,
      locate(issue.path, issue.atKey),
      where === '' ? issue.message : `${where}: ${issue.message}`,
    );
  };
  const input: unknown = doc.toJS({ maxAliasCount: 100 });
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    fail({ path: [], message: 'expected a mapping with version: 1, flows and invariants' });
  const checked = ExpectationsSchema.safeParse(input);
  if (!checked.success) {
    // A misspelt key explains the missing one it stands for: name it first.
    const issues = checked.error.issues;
    const first = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
    fail(zodIssue(first as z.core.$ZodIssue));
  }
  const value = checked.data as z.infer<typeof ExpectationsSchema>;

  const named = new Map<string, ServiceRange[]>();
  for (const [key, words] of Object.entries(value.services ?? {})) {
    const list = Array.isArray(words) ? words : [words];
    named.set(
      key,
      list.map((w, k) => {
        const range = parseServiceText(w);
        if (typeof range === 'string')
          fail({ path: ['services', key, ...(Array.isArray(words) ? [k] : [])], message: range });
        return range as ServiceRange;
      }),
    );
  }
  const service = (word: string, path: Path): ServiceRange[] => {
    const known = named.get(word.trim());
    if (known) return known;
    const range = parseServiceText(word);
    if (typeof range === 'string') return fail({ path, message: range });
    return [range];
  };

  const flows = (value.flows ?? []).map((flow, k): ExpectedFlow => {
    const path: Path = ['flows', k];
    const spec = flowService(flow, path, service, fail);
    return {
      name: flow.name,
      at: locate(path),
      path,
      from: flow.from,
      to: flow.to,
      service: spec,
      ...(flow['source-port'] === undefined ? {} : { sourcePort: flow['source-port'] }),
      expect: flow.expect,
    };
  });
  const issues: PathIssue[] = [];
  const invariants = (value.invariants ?? []).map((inv, k): Invariant => {
    const path: Path = ['invariants', k];
    const from = readSelector(inv.from, [...path, 'from'], issues);
    const to = readSelector(inv.to, [...path, 'to'], issues);
    const [first] = issues;
    if (first) fail(first);
    return {
      name: inv.name,
      at: locate(path),
      path,
      from,
      to,
      services: inv.services.flatMap((w, j) => service(w, [...path, 'services', j])),
      expect: inv.expect,
    };
  });
  return { flows, invariants, locate };
}

/** A flow's one service: `service:`, or `protocol` with `port`, ICMP type and code. */
function flowService(
  flow: FlowInput,
  path: Path,
  service: (word: string, path: Path) => ServiceRange[],
  fail: (issue: PathIssue) => never,
): ServiceRange {
  if (flow.service !== undefined) {
    if (flow.protocol !== undefined)
      fail({ path: [...path, 'protocol'], message: 'give service or protocol, not both' });
    const list = service(flow.service, [...path, 'service']);
    const [only] = list;
    const one =
      only && list.length === 1 && (!('from' in only) || only.from === only.to) ? only : null;
    if (one === null)
      fail({
        path: [...path, 'service'],
        message: `a flow is one port of one protocol; "${flow.service}" names more (use an invariant for a range)`,
      });
    return one as ServiceRange;
  }
  if (flow.protocol === undefined)
    return fail({ path, message: 'a flow needs service (tcp/5432) or protocol and port' });
  const word = String(flow.protocol).toLowerCase();
  let words = word;
  if (word === 'tcp' || word === 'udp' || word === '6' || word === '17') {
    if (flow.port === undefined)
      fail({ path: [...path, 'port'], message: `a ${word} flow needs a port (1-65535)` });
    words = `${word === '6' ? 'tcp' : word === '17' ? 'udp' : word}/${flow.port}`;
  } else if (word === 'icmp' || word === 'icmpv6' || word === '1' || word === '58') {
    const base = word === '1' ? 'icmp' : word === '58' ? 'icmpv6' : word;
    const type = flow['icmp-type'] ?? (base === 'icmp' ? 8 : 128);
    words = `${base}/${type}/${flow['icmp-code'] ?? 0}`;
  }
  const range = service(words, [...path, flow.port === undefined ? 'protocol' : 'port']);
  return range[0] as ServiceRange;
}

/** The file offset of a path: the deepest node of it that exists (its key for `atKey`). */
function offsetOf(root: Node | null, path: Path, atKey: boolean): number {
  let node: Node | null = root;
  let offset = root?.range?.[0] ?? 0;
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      const last = k === path.length - 1;
      if ((last && atKey) || !pair.value) return keyNode.range?.[0] ?? offset;
      node = pair.value as Node;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
    } else break;
    offset = node.range?.[0] ?? offset;
  }
  return offset;
}

function yamlMessage(error: { code: string; message: string }): string {
  const first = error.message.split('\n')[0] ?? error.message;
  return `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}

/** A zod problem → the path it is at and a sentence. */
function zodIssue(issue: z.core.$ZodIssue): PathIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] as string;
      return { path: [...path, key], atKey: true, message: `unknown key "${key}"` };
    }
    case 'invalid_value':
      return {
        path,
        message: `expected ${issue.values.map((v) => String(v)).join(' or ')}`,
      };
    case 'invalid_type':
      return issue.input === undefined
        ? { path, message: 'missing' }
        : { path, message: `expected ${issue.expected}` };
    case 'invalid_union':
      return { path, message: 'expected internet, an endpoint or a selector' };
    default:
      return { path, message: issue.message };
  }
}
