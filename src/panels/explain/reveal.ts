import type { Scenario } from '../../model/types.ts';
import type { DecidingHighlight } from '../../store/index.ts';
import { scopedVpcIds, vpcIdOf, type ScopeChoice } from '../scope.ts';

/** Where "Show in editor" goes: an editor tab of the side panel and the resource to open there. */
export interface RevealTarget {
  readonly tab: 'sg' | 'nacl' | 'routes';
  readonly id: string;
}

/** The editor and resource that hold what decided; for a group deny, the instance's first group. */
export function revealTarget(d: DecidingHighlight | null): RevealTarget | null {
  if (!d) return null;
  switch (d.kind) {
    case 'nacl':
      return { tab: 'nacl', id: d.aclId };
    case 'sg': {
      const [first] = d.groupIds;
      return first === undefined ? null : { tab: 'sg', id: first };
    }
    case 'sg-rule':
      return { tab: 'sg', id: d.groupId };
    case 'route':
      return { tab: 'routes', id: d.routeTableId };
  }
}

/** The editors' scope, widened to the resource's VPC when the current one does not list it. */
export function scopeShowing(
  scenario: Scenario,
  scope: ScopeChoice,
  selection: readonly string[],
  id: string,
): ScopeChoice {
  const vpcId = vpcIdOf(scenario, id);
  if (vpcId === null || scopedVpcIds(scenario, scope, selection).includes(vpcId)) return scope;
  return { vpcId };
}

/**
 * Scrolls the side panel's body (only it, never the page) so that `el` shows near its top (a
 * third of the way down for a row, so that what precedes it stays in sight).
 */
export function scrollPanelTo(el: HTMLElement, where: 'top' | 'third' = 'third'): void {
  const body = el.closest<HTMLElement>('[role="tabpanel"]');
  if (!body) return;
  const offset = el.getBoundingClientRect().top - body.getBoundingClientRect().top;
  const margin = where === 'top' ? 8 : Math.max(0, (body.clientHeight - el.offsetHeight) / 3);
  body.scrollTop += offset - margin;
}

/** Scrolls the highlighted row into view once the editor has rendered it. */
export function scrollToHighlight(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const rows = document.querySelectorAll<HTMLElement>('[data-testid="panel"] [data-highlight]');
      // The innermost highlighted element: the row rather than the card that holds it.
      const row = rows[rows.length - 1];
      if (row) scrollPanelTo(row);
    }),
  );
}

/** Scrolls the side panel's body (never the page) just enough that `el` is wholly in view. */
export function scrollPanelNearest(el: HTMLElement): void {
  const body = el.closest<HTMLElement>('[role="tabpanel"]');
  if (!body) return;
  const box = el.getBoundingClientRect();
  const view = body.getBoundingClientRect();
  if (box.top < view.top) body.scrollTop -= view.top - box.top + 8;
  else if (box.bottom > view.bottom) {
    body.scrollTop += Math.min(box.bottom - view.bottom + 8, box.top - view.top - 8);
  }
}
