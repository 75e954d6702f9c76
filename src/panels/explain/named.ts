import type { Hop } from '../../engine/types.ts';
import { routeTargetKind, type Scenario } from '../../model/types.ts';
import { namedLists, resourceName } from './words.ts';

/**
 * Names first: the engine's sentences name resources by ID, often with the name beside it
 * ("acl-0a1b… (app)", "db-1 (i-0a1b…)"). For the reader the name is what matters; the ID stays
 * one hover (or a muted line) away. The engine's text itself is never changed, only how it shows.
 */
export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'name'; readonly id: string; readonly name: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` cut into plain pieces and named resources: each resource of the scenario that the text
 * names by ID, alone or as "ID (name)" or "name (ID)", becomes one name piece. Resources without a
 * name of their own stay as their ID.
 *
 * @example
 * namePieces(scenario, 'rtb-0a1 sends 10.0.2.10 by 0.0.0.0/0 → nat-0a1.');
 * // [name private-rt] [text " sends 10.0.2.10 by 0.0.0.0/0 → "] [name nat-1] [text "."]
 */
export function namePieces(scenario: Scenario, text: string): Piece[] {
  const byForm = new Map<string, { id: string; name: string }>();
  for (const list of namedLists(scenario)) {
    for (const r of list) {
      if (!text.includes(r.id)) continue;
      const name = r.name?.trim() || r.id;
      byForm.set(r.id, { id: r.id, name });
      if (name !== r.id) {
        byForm.set(`${r.id} (${name})`, { id: r.id, name });
        byForm.set(`${name} (${r.id})`, { id: r.id, name });
      }
    }
  }
  if (byForm.size === 0) return [{ kind: 'text', text }];
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\w-])(?:${forms.join('|')})(?![\\w-])`, 'g');
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const found = byForm.get(match[0]);
    if (!found) continue;
    if (match.index > at) pieces.push({ kind: 'text', text: text.slice(at, match.index) });
    pieces.push({ kind: 'name', ...found });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ kind: 'text', text: text.slice(at) });
  return pieces;
}

/** Pieces read as plain words (names only): for tests, titles and the screen reader. */
export function piecesText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === 'text' ? p.text : p.name)).join('');
}

const TARGET_NOUN: Readonly<Record<string, string>> = {
  'internet-gateway': 'the internet gateway',
  'nat-gateway': 'the NAT gateway',
  peering: 'the peering connection',
  'transit-gateway': 'the transit gateway',
  'egress-only-internet-gateway': 'the egress-only internet gateway',
  'vpc-endpoint': 'the VPC endpoint',
  'network-interface': 'the network interface',
  unmodeled: '',
};

/**
 * What decided a hop, names first, as one sentence for its card: "private-rt sends 0.0.0.0/0 to
 * the NAT gateway nat-1", "rule 2 of web allows it", "the final * rule denies it". Empty when the
 * hop has no rule of its own (a gateway).
 */
export function decidedPieces(scenario: Scenario, hop: Hop): Piece[] {
  const rule = hop.rule;
  const name = (id: string): Piece => ({ kind: 'name', id, name: resourceName(scenario, id) });
  const text = (t: string): Piece => ({ kind: 'text', text: t });
  const verb = hop.verdict === 'deny' ? 'denies' : 'allows';
  if (rule === null) {
    return hop.layer.startsWith('security-group') && hop.verdict === 'deny'
      ? [text('no rule allowed it')]
      : [];
  }
  switch (rule.kind) {
    case 'security-group-rule':
      return [text(`rule ${rule.index + 1} of `), name(rule.groupId), text(' allows it')];
    case 'security-group-stateful':
      return [text('stateful: the response is allowed')];
    case 'nacl-entry':
      return rule.ruleNumber >= 32767
        ? [text(`the final * rule of `), name(rule.networkAclId), text(` ${verb} it`)]
        : [text(`rule ${rule.ruleNumber} of `), name(rule.networkAclId), text(` ${verb} it`)];
    case 'route': {
      const { destination, target, state } = rule.route;
      const dest: Piece = destination.startsWith('pl-') ? name(destination) : text(destination);
      const head = [name(rule.routeTableId), text(' sends '), dest];
      if (state === 'blackhole') return [...head, text(' nowhere: the route is a blackhole')];
      if (target === 'local') return [...head, text(' within the VPC (local)')];
      const noun = TARGET_NOUN[routeTargetKind(target)] ?? '';
      return [...head, text(` to ${noun ? `${noun} ` : ''}`), name(target)];
    }
    case 'transit-gateway-route':
      return rule.route.attachmentId
        ? [
            name(rule.routeTableId),
            text(` sends ${rule.route.destination} to the attachment `),
            name(rule.route.attachmentId),
          ]
        : [name(rule.routeTableId), text(` drops ${rule.route.destination} (blackhole)`)];
  }
}
