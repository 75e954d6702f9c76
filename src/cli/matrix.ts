import { reachability, type Service } from '../engine/index.ts';
import { csvRow } from '../model/csv.ts';
import { countGroupPairs, pairCountsAt } from '../model/matrixGroups.ts';
import { groupEndpoints, type GroupBy } from '../model/matrixGrouping.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { loadedLines, loadScenario } from './load.ts';

/** Ten services a network is usually asked about, when `--services` is not given. */
export const DEFAULT_SERVICES =
  'tcp/22,tcp/80,tcp/443,tcp/3306,tcp/5432,tcp/6379,tcp/8080,tcp/8443,tcp/3389,udp/53';

/** `--group-by none` prints a row per pair of endpoints: refused past this many rows. */
const MAX_ROWS = 5_000_000;

/**
 * `matrix <file> [--services …] [--group-by subnet|vpc|security-group|tag:<key>|none]
 * [--format csv|json]`: the reachability of a whole account, by groups of endpoints. For each
 * pair of groups and each service, how many pairs of endpoints are allowed, blocked or unknown.
 * The engine keeps the matrix by class, so 100,000 interfaces are counted without a pair matrix.
 */
export async function matrixCommand(
  file: string,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  const services = parseServices(String(options.get('--services') ?? DEFAULT_SERVICES));
  const by = parseGroupBy(String(options.get('--group-by') ?? 'subnet'));
  const format = String(options.get('--format') ?? 'csv');
  if (format !== 'csv' && format !== 'json')
    throw new CliError(`--format: expected csv or json, got "${format}"`);
  const loaded = await loadScenario(file, { before: options.get('--before') === true });
  if (by.kind === 'none') {
    const n = loaded.scenario.instances.length + loaded.scenario.networkInterfaces.length;
    const rows = n * n * services.length;
    if (rows > MAX_ROWS) {
      throw new CliError(
        `--group-by none: ${n.toLocaleString('en-US')} endpoints × ${services.length} services would print about ${rows.toLocaleString('en-US')} rows; group them (--group-by subnet, vpc, security-group or tag:<key>)`,
      );
    }
  }
  const m = reachability(loaded.scenario, services);
  const internet = new Set(m.internet.map((x) => x.endpoint));
  const groups = groupEndpoints(loaded.scenario, { endpoints: m.endpoints, internet }, by);
  const list = services.map((_, k) => k);
  const counts = countGroupPairs(m, groups, list);
  const labels = services.map(serviceText);
  const G = groups.length;
  const stdout =
    format === 'json'
      ? jsonOutput(labels, groups, m.endpoints, counts)
      : csvOutput(labels, groups, counts, G);
  return { code: EXIT.ok, stdout, stderr: loadedLines(loaded) };
}

function jsonOutput(
  labels: readonly string[],
  groups: ReturnType<typeof groupEndpoints>,
  endpoints: readonly string[],
  counts: Uint32Array,
): string {
  const G = groups.length;
  const cells: unknown[] = [];
  for (let g = 0; g < G; g++)
    for (let h = 0; h < G; h++) {
      const per = labels.map((_, k) => pairCountsAt(counts, G, k, g, h));
      if (per.every((c) => c.allowed + c.blocked + c.unknown === 0)) continue;
      cells.push({ source: groups[g]?.id, destination: groups[h]?.id, services: per });
    }
  const out = {
    services: labels,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      members: g.members.map((i) => endpoints[i]),
    })),
    cells,
  };
  return `${JSON.stringify(out)}\n`;
}

function csvOutput(
  labels: readonly string[],
  groups: ReturnType<typeof groupEndpoints>,
  counts: Uint32Array,
  G: number,
): string {
  const lines = [
    csvRow([
      'source',
      'source_name',
      'destination',
      'destination_name',
      'service',
      'allowed',
      'blocked',
      'unknown',
    ]),
  ];
  for (let g = 0; g < G; g++)
    for (let h = 0; h < G; h++)
      labels.forEach((label, k) => {
        const c = pairCountsAt(counts, G, k, g, h);
        if (c.allowed + c.blocked + c.unknown === 0) return;
        const a = groups[g];
        const b = groups[h];
        lines.push(
          csvRow([
            a?.id ?? '',
            a?.name ?? '',
            b?.id ?? '',
            b?.name ?? '',
            label,
            String(c.allowed),
            String(c.blocked),
            String(c.unknown),
          ]),
        );
      });
  return `${lines.join('\r\n')}\r\n`;
}

/** `tcp/443,udp/53,icmp,50`: each a protocol and, for TCP and UDP, one port. */
export function parseServices(text: string): Service[] {
  const out: Service[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim().toLowerCase();
    if (item === '') continue;
    const m = /^(tcp|udp)\/(\d{1,5})$/.exec(item);
    if (m) {
      const port = Number(m[2]);
      if (port < 1 || port > 65535)
        throw new CliError(`--services: ${raw.trim()}: expected a port from 1 to 65535`);
      out.push({ protocol: m[1] as 'tcp' | 'udp', port });
    } else if (item === 'icmp' || item === 'icmpv6') {
      out.push({ protocol: item });
    } else if (/^\d{1,3}$/.test(item) && Number(item) <= 255 && item !== '6' && item !== '17') {
      out.push({ protocol: Number(item) });
    } else {
      throw new CliError(
        `--services: expected tcp/<port>, udp/<port>, icmp, icmpv6 or a protocol number, got "${raw.trim()}"`,
      );
    }
  }
  if (out.length === 0) throw new CliError('--services: expected at least one service');
  return out;
}

function parseGroupBy(text: string): GroupBy {
  if (text === 'vpc' || text === 'subnet' || text === 'security-group' || text === 'none')
    return { kind: text };
  if (text.startsWith('tag:') && text.length > 4) return { kind: 'tag', key: text.slice(4) };
  throw new CliError(
    `--group-by: expected subnet, vpc, security-group, tag:<key> or none, got "${text}"`,
  );
}

function serviceText(s: Service): string {
  return s.port === undefined ? String(s.protocol) : `${String(s.protocol)}/${s.port}`;
}
