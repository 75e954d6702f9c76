import { useEffect, useState } from 'react';
import { useStore } from '../../store/index.ts';
import { switchOpenPlanView } from './importRun.ts';
import { canSwitchPlanView, otherView, PLAN_VIEW_WORDS, recallPlan } from './terraformRun.ts';

/**
 * Beside the scenario's name, for a scenario imported from Terraform: which network it is (a
 * state, or a plan as it is now or after apply) and, for a plan still kept in this page, the
 * switch to the plan's other view, so a verdict can be watched changing with the plan.
 */
export default function TerraformBadge() {
  const source = useStore((s) => s.scenario.terraform?.source);
  const keptId = useStore((s) => s.library.currentId);
  const [recalled, setRecalled] = useState<string | null>(null);
  const canSwitch = canSwitchPlanView(keptId) || (keptId !== null && recalled === keptId);
  const [switching, setSwitching] = useState(false);
  const plan = source === 'plan' || source === 'plan-prior-state';
  useEffect(() => {
    // After a reload the plan is read back from IndexedDB, where it was kept at import.
    if (!plan || keptId === null || canSwitchPlanView(keptId)) return;
    let current = true;
    void recallPlan(keptId).then((found) => {
      if (current && found) setRecalled(keptId);
    });
    return () => {
      current = false;
    };
  }, [plan, keptId]);
  if (source === undefined) return null;
  if (source === 'state') {
    return (
      <span className={BADGE} data-testid="app.terraform-badge">
        Terraform state
      </span>
    );
  }
  const view = source === 'plan-prior-state' ? 'now' : 'after-apply';
  const other = otherView(view);
  return (
    <span className={BADGE} data-testid="app.terraform-badge">
      <span>
        Terraform plan: <strong className="font-semibold">{PLAN_VIEW_WORDS[view]}</strong>
      </span>
      <button
        type="button"
        data-testid="app.terraform-badge.switch"
        disabled={!canSwitch || switching}
        title={
          canSwitch
            ? `Import the same plan ${PLAN_VIEW_WORDS[other]}; saved flows come along (edits other than flows stay with this view)`
            : 'The plan is not kept in this browser: import it again to switch'
        }
        onClick={() => {
          setSwitching(true);
          void switchOpenPlanView().finally(() => setSwitching(false));
        }}
        className="rounded border border-violet-300 px-1.5 py-0.5 font-medium hover:bg-violet-100 focus-visible:outline-2 focus-visible:outline-violet-600 disabled:opacity-50 dark:border-violet-700 dark:hover:bg-violet-900"
      >
        ⇄ {PLAN_VIEW_WORDS[other]}
      </button>
    </span>
  );
}

const BADGE =
  'ml-2 inline-flex shrink-0 items-center gap-2 rounded-md border border-violet-200 bg-violet-50 px-2 py-0.5 text-xs text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100';
