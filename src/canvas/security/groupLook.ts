import type { GroupLink } from './groupLinks.ts';

/** "web → app · tcp 8080, tcp 8443": who reaches whom, and on what. */
export function groupEdgeLabel(link: GroupLink): string {
  const ports = link.ports.slice(0, 3).join(', ');
  const more = link.ports.length > 3 ? ` +${link.ports.length - 3}` : '';
  return `${link.fromName} → ${link.toName} · ${ports}${more}`;
}
